package org.convoca.events.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.convoca.events.EventLimits;
import org.convoca.shared.web.Ui;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page of an event campaign: what the day is about, its events grouped by region, and one search box
 * for the nearest by postal code or by region. Plain HTML with no map and nothing loaded from elsewhere.
 */
@Controller
class PublicCampaignController {

    private final Workspaces workspaces;
    private final Campaigns campaigns;
    private final MessageSource messages;

    PublicCampaignController(Workspaces workspaces, Campaigns campaigns, MessageSource messages) {
        this.workspaces = workspaces;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/{workspace}/event-campaigns/{slug}")
    String page(@PathVariable String workspace, @PathVariable String slug, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String lang, Locale reader, Model model, HttpServletResponse response) {
        Workspace w = workspaces.findBySlug(workspace.length() > 100 ? "" : workspace)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Campaign c = campaigns.findBySlug(w.id(), slug.length() > 100 ? "" : slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String language = EventLimits.LANGUAGES.contains(lang) ? lang
                : c.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : c.defaultLanguage();
        Locale locale = Locale.forLanguageTag(language);
        String path = "/" + w.slug() + "/event-campaigns/" + c.slug();
        List<CampaignEvent> all = campaigns.publicEvents(c, language, Instant.now());
        CampaignFinder.Found found = CampaignFinder.find(all, q);
        model.addAttribute("ui", new Ui(messages, locale, "_csrf", "X-CSRF-TOKEN", "", null, path));
        model.addAttribute("campaign", c);
        model.addAttribute("text", c.text(language));
        model.addAttribute("host", w.name());
        model.addAttribute("path", path);
        model.addAttribute("language", language);
        model.addAttribute("total", all.size());
        model.addAttribute("found", found);
        model.addAttribute("groups", CampaignFinder.byRegion(found.events(), locale));
        response.setHeader("Cache-Control", "public, max-age=60");
        return "events/campaign/public";
    }
}
