package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.letters.CoSponsoredCampaigns;
import org.convoca.actions.letters.InvalidLetterException;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.web.ActionStaffPages;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages for letter campaigns: the list, adding and editing a campaign, publishing and closing. */
@Controller
class LettersController {

    private final LetterCampaigns campaigns;
    private final Outreaches outreaches;
    private final CoSponsoredCampaigns sponsored;
    private final StaffLetters context;
    private final ActionStaffPages<LetterCampaign, LetterEditForm> pages;

    LettersController(LetterCampaigns campaigns, Outreaches outreaches, CoSponsoredCampaigns sponsored,
            StaffLetters context, AuditLog audit) {
        this.campaigns = campaigns;
        this.outreaches = outreaches;
        this.sponsored = sponsored;
        this.context = context;
        ActionStaffPages.Kind<LetterCampaign> kind = new ActionStaffPages.Kind<>("/admin/letters", "letters",
                LetterCampaign::id, LetterCampaign::title, "letters/edit", "existing",
                Map.of("languages", PetitionLimits.LANGUAGES));
        this.pages = new ActionStaffPages<>(kind, context, ActionStaffPages.nothingToCheck(),
                (staff, old, typed) -> old == null ? campaigns.create(staff.workspaceId(), typed.toCampaign(null))
                        : campaigns.update(typed.toCampaign(old)),
                new ActionStaffPages.Refusal<>(InvalidLetterException.class, (e, l) -> context.words(e.problems(), l)),
                audit);
    }

    @GetMapping("/admin/letters")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        List<LetterCampaign> shown = pages.list(staff, page, model, locale, "campaigns",
                (workspaceId, offset, limit) -> campaigns.page(workspaceId, true, offset, limit), sponsored::of);
        model.addAttribute("counts", pages.counts(shown, c -> outreaches.count(staff.workspaceId(),
                new Outreaches.Scope(c.id(), null))));
        return "letters/list";
    }

    @GetMapping("/admin/letters/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return pages.edit(model, LetterEditForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/letters")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        return pages.save(staff, null, LetterEditForm.from(input), model, locale, response);
    }

    @GetMapping("/admin/letters/{id:[0-9a-f-]{36}}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        LetterCampaign c = context.find(staff, id);
        return pages.edit(model, LetterEditForm.of(c), c, Map.of());
    }

    @PostMapping("/admin/letters/{id:[0-9a-f-]{36}}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, context.find(staff, id), LetterEditForm.from(input), model, locale, response);
    }

    @PostMapping("/admin/letters/{id:[0-9a-f-]{36}}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        LetterCampaign c = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffLetters::notFound);
        return pages.status(staff, c, next.wire(), campaigns.setStatus(staff.workspaceId(), c.id(), next));
    }
}
