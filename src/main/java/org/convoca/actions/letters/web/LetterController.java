package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.letters.Targets;
import org.convoca.actions.letters.Writer;
import org.convoca.shared.Ids;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** One campaign's staff page: state, counts, where it lives, its embed code and targets; and its outreaches. */
@Controller
class LetterController {

    static final int PAGE = 50;
    /** Targets listed to choose from on the campaign's page. */
    static final int CHOOSABLE = 1000;

    private final StaffLetters context;
    private final LetterCampaigns campaigns;
    private final Targets targets;
    private final Outreaches outreaches;
    private final Autoresponses autoresponses;
    private final ActionCoSponsors coSponsors;
    private final AuditLog audit;

    LetterController(StaffLetters context, LetterCampaigns campaigns, Targets targets, Outreaches outreaches,
            Autoresponses autoresponses, ActionCoSponsors coSponsors, AuditLog audit) {
        this.context = context;
        this.coSponsors = coSponsors;
        this.autoresponses = autoresponses;
        this.campaigns = campaigns;
        this.targets = targets;
        this.outreaches = outreaches;
        this.audit = audit;
    }

    @GetMapping("/admin/letters/{id:[0-9a-f-]{36}}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale,
            HttpServletRequest request) {
        LetterCampaign c = context.find(staff, id);
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String path = "/" + staff.workspaceSlug() + "/letters/" + c.slug();
        model.addAttribute("c", c);
        model.addAttribute("count", outreaches.count(staff.workspaceId(), new Outreaches.Scope(c.id(), null)));
        model.addAttribute("sent", outreaches.lettersSent(staff.workspaceId(), c.id()));
        model.addAttribute("targets", targets.all(staff.workspaceId(), 0, CHOOSABLE));
        model.addAttribute("publicUrl", origin + path);
        model.addAttribute("embedCode", "<script src=\"" + origin + path + "/embed.js\" async></script>\n"
                + "<noscript><iframe src=\"" + origin + path + "/embed\" title=\"" + HtmlUtils.htmlEscape(c.title())
                + "\" style=\"width:100%;max-width:40rem;height:56rem;border:0\"></iframe></noscript>");
        model.addAttribute("dates", context.dates(staff, locale));
        model.addAttribute("confirmation", autoresponses.find(staff.workspaceId(), c.id()).enabled());
        model.addAttribute("coSponsors", coSponsors.of(staff.workspaceId(), c.id()));
        return "letters/show";
    }

    @PostMapping("/admin/letters/{id:[0-9a-f-]{36}}/targets")
    @PreAuthorize("hasRole('ORGANIZER')")
    String setTargets(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "target", required = false) List<String> chosen) {
        LetterCampaign c = context.find(staff, id);
        List<UUID> ids = new ArrayList<>();
        if (chosen != null) {
            chosen.stream().limit(Targets.MAX).forEach(s -> Ids.parse(s).ifPresent(ids::add));
        }
        campaigns.setTargets(c, ids);
        audit.record(staff, "letters.targets", ids.size() + " targets for \"" + c.title() + "\" (" + c.id() + ")");
        return "redirect:/admin/letters/" + id + "#targets";
    }

    @GetMapping("/admin/letters/{id:[0-9a-f-]{36}}/outreaches")
    String outreaches(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
        LetterCampaign c = context.find(staff, id);
        long n = StaffLetters.pageNumber(page);
        List<Writer> found = outreaches.newest(staff.workspaceId(), c.id(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("c", c);
        model.addAttribute("writers", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("count", outreaches.count(staff.workspaceId(), new Outreaches.Scope(c.id(), null)));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("dates", context.dates(staff, locale));
        return "letters/outreaches";
    }
}
