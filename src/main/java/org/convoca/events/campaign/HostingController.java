package org.convoca.events.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.events.EventLimits;
import org.convoca.events.InvalidEventException;
import org.convoca.events.web.EventForm;
import org.convoca.events.web.FormLimits;
import org.convoca.events.web.Msg;
import org.convoca.events.web.ZoneChoices;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.PersonLimits;
import org.convoca.shared.web.Ui;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public form where a supporter offers to host an event in a campaign, without an account: like the
 * registration form it keeps no session and needs no CSRF token, and the size limit, per-address and per-email
 * rate limits and the honeypot stand guard. The offer waits for staff; the supporter is thanked and told so.
 */
@Controller
class HostingController {

    private final Workspaces workspaces;
    private final Campaigns campaigns;
    private final Offering offering;
    private final FormLimits limits;
    private final MessageSource messages;

    HostingController(Workspaces workspaces, Campaigns campaigns, Offering offering, FormLimits limits,
            MessageSource messages) {
        this.workspaces = workspaces;
        this.campaigns = campaigns;
        this.offering = offering;
        this.limits = limits;
        this.messages = messages;
    }

    /** A campaign and its workspace, as the public address names them. */
    record Found(Workspace workspace, Campaign campaign) {
        String path() {
            return "/" + workspace.slug() + "/event-campaigns/" + campaign.slug();
        }
    }

    @GetMapping("/{workspace}/event-campaigns/{slug}/host")
    String form(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(defaultValue = "") String lang, Locale reader, Model model) {
        Found f = find(workspace, slug);
        String language = language(f.campaign(), lang, reader);
        return page(model, f, language, HostForm.empty(language, f.workspace().timeZone()), Map.of(), Map.of(), null);
    }

    @PostMapping("/{workspace}/event-campaigns/{slug}/host")
    String offer(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(defaultValue = "") String lang, Locale reader, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Found f = find(workspace, slug);
        String language = language(f.campaign(), lang, reader);
        String thanks = "redirect:" + f.path() + "/host/thanks?lang=" + language;
        if (request.getContentLengthLong() > HostForm.MAX_BYTES) {
            response.setStatus(413);
            return page(model, f, language, HostForm.empty(language, f.workspace().timeZone()), Map.of(), Map.of(),
                    "events.host.too-large");
        }
        HostForm form = HostForm.from(request, language);
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return limited(model, f, language, form, response);
        }
        if (!form.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is saved.
            return thanks;
        }
        Locale locale = Locale.forLanguageTag(form.language());
        Map<String, Msg> problems = new LinkedHashMap<>(form.personProblems());
        form.placeProblems().forEach(problems::putIfAbsent);
        EventForm.Parsed parsed = form.toEvent(null, locale);
        parsed.problems().forEach(problems::putIfAbsent);
        if (problems.isEmpty() && !limits.allowEmail(PersonLimits.normalizeEmail(form.email()))) {
            return limited(model, f, language, form, response);
        }
        if (problems.isEmpty()) {
            try {
                // The consent recorded is the one the page showed, in the page's language.
                offering.offer(f.campaign(), form, parsed.event(), consent(f, language));
                return thanks;
            } catch (InvalidPersonException x) {
                x.problems().keySet().forEach(field -> problems.put(field, Msg.of("events.host.error.invalid")));
            } catch (InvalidEventException x) {
                x.problems().forEach((field, p) -> problems.put(field, Msg.of("events.error." + p.key(), p.limit())));
            }
        }
        response.setStatus(422);
        return page(model, f, language, form, translate(problems, Locale.forLanguageTag(language)), parsed.folds(),
                "events.host.invalid");
    }

    @GetMapping("/{workspace}/event-campaigns/{slug}/host/thanks")
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(defaultValue = "") String lang, Locale reader, Model model) {
        Found f = find(workspace, slug);
        String language = language(f.campaign(), lang, reader);
        model.addAttribute("ui", ui(language, f.path() + "/host/thanks"));
        model.addAttribute("workspaceName", f.workspace().name());
        model.addAttribute("language", language);
        model.addAttribute("campaignTitle", f.campaign().text(language).title());
        model.addAttribute("campaignPath", f.path() + "?lang=" + language);
        return "events/campaign/host-thanks";
    }

    private String limited(Model model, Found f, String language, HostForm form, HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        return page(model, f, language, form, Map.of(), Map.of(), "events.host.limited");
    }

    private String page(Model model, Found f, String language, HostForm form, Map<String, String> problems,
            Map<String, List<String>> folds, String notice) {
        model.addAttribute("ui", ui(language, f.path() + "/host"));
        model.addAttribute("workspaceName", f.workspace().name());
        model.addAttribute("campaignTitle", f.campaign().text(language).title());
        model.addAttribute("language", language);
        model.addAttribute("action", f.path() + "/host?lang=" + language);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("folds", folds);
        model.addAttribute("zones", ZoneChoices.with(form.timeZone(), f.workspace().timeZone()));
        model.addAttribute("consent", consent(f, language));
        model.addAttribute("notice", notice);
        model.addAttribute("editing", false);
        return "events/campaign/host-form";
    }

    private Found find(String workspace, String slug) {
        Workspace w = workspaces.findBySlug(workspace.length() > 100 ? "" : workspace)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Campaign c = campaigns.findBySlug(w.id(), slug.length() > 100 ? "" : slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Found(w, c);
    }

    static String language(Campaign c, String asked, Locale reader) {
        return EventLimits.LANGUAGES.contains(asked) ? asked
                : c.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : c.defaultLanguage();
    }

    private String consent(Found f, String language) {
        return messages.getMessage("events.host.consent", new Object[] {f.workspace().name()},
                Locale.forLanguageTag(language));
    }

    Map<String, String> translate(Map<String, Msg> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, m) -> words.put(field, messages.getMessage(m.key(), m.args().toArray(), m.key(),
                locale)));
        return words;
    }

    /** Public pages carry no session, so no CSRF token and no one signed in; only the texts and the language. */
    Ui ui(String language, String path) {
        return new Ui(messages, Locale.forLanguageTag(language), "_csrf", "X-CSRF-TOKEN", "", null, path);
    }
}
