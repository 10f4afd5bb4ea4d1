package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.CoSponsors;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.Petitions;
import org.convoca.actions.SignatureCounts;
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

/** Staff pages for petitions: the list, adding and editing, publishing and closing. */
@Controller
class PetitionsController {

    private final Petitions petitions;
    private final SignatureCounts counts;
    private final CoSponsors coSponsors;
    private final StaffPetitions context;
    private final ActionStaffPages<Petition, PetitionForm> pages;

    PetitionsController(Petitions petitions, SignatureCounts counts, CoSponsors coSponsors, StaffPetitions context,
            AuditLog audit) {
        this.petitions = petitions;
        this.counts = counts;
        this.coSponsors = coSponsors;
        this.context = context;
        ActionStaffPages.Kind<Petition> kind = new ActionStaffPages.Kind<>("/admin/petitions", "petitions",
                Petition::id, Petition::title, "actions/form", "petition", Map.of());
        this.pages = new ActionStaffPages<>(kind, context,
                (staff, typed, locale) -> context.words(typed.formProblems(), locale),
                (staff, old, typed) -> old == null ? petitions.create(staff.workspaceId(), typed.toPetition(null))
                        : petitions.update(typed.toPetition(old)),
                new ActionStaffPages.Refusal<>(InvalidPetitionException.class,
                        (e, l) -> context.words(e.problems(), l)),
                audit);
    }

    @GetMapping("/admin/petitions")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        List<Petition> shown = pages.list(staff, page, model, locale, "petitions", petitions::newest,
                coSponsors::sponsoredBy);
        model.addAttribute("signatures", pages.counts(shown, p -> counts.of(staff.workspaceId(), p.id())));
        return "actions/list";
    }

    @GetMapping("/admin/petitions/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return pages.edit(model, PetitionForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/petitions")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        return pages.save(staff, null, PetitionForm.from(input), model, locale, response);
    }

    @GetMapping("/admin/petitions/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Petition p = context.find(staff, id);
        return pages.edit(model, PetitionForm.of(p), p, Map.of());
    }

    @PostMapping("/admin/petitions/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, context.find(staff, id), PetitionForm.from(input), model, locale, response);
    }

    @PostMapping("/admin/petitions/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        Petition p = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffPetitions::notFound);
        return pages.status(staff, p, next.wire(), petitions.setStatus(staff.workspaceId(), p.id(), next));
    }
}
