package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.CoSponsors;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
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

    static final int PAGE = 25;

    private final Petitions petitions;
    private final SignatureCounts counts;
    private final CoSponsors coSponsors;
    private final StaffPetitions context;
    private final AuditLog audit;

    PetitionsController(Petitions petitions, SignatureCounts counts, CoSponsors coSponsors, StaffPetitions context,
            AuditLog audit) {
        this.petitions = petitions;
        this.counts = counts;
        this.coSponsors = coSponsors;
        this.context = context;
        this.audit = audit;
    }

    @GetMapping("/admin/petitions")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        long n = StaffPetitions.pageNumber(page);
        List<Petition> found = petitions.newest(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        Map<UUID, Long> signatures = new LinkedHashMap<>();
        found.forEach(p -> signatures.put(p.id(), counts.of(staff.workspaceId(), p.id())));
        model.addAttribute("petitions", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("signatures", signatures);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("sponsored", coSponsors.sponsoredBy(staff.workspaceId(), 100));
        model.addAttribute("dates", context.dates(staff, locale));
        return "actions/list";
    }

    @GetMapping("/admin/petitions/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return form(model, PetitionForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/petitions")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        PetitionForm form = PetitionForm.from(input);
        Map<String, PetitionLimits.Problem> problems = form.formProblems();
        if (problems.isEmpty()) {
            try {
                Petition saved = petitions.create(staff.workspaceId(), form.toPetition(null));
                audit.record(staff, "petitions.create", "\"" + saved.title() + "\" (" + saved.id() + ")");
                return "redirect:/admin/petitions/" + saved.id();
            } catch (InvalidPetitionException e) {
                problems = e.problems();
            }
        }
        response.setStatus(422);
        return form(model, form, null, context.words(problems, locale));
    }

    @GetMapping("/admin/petitions/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Petition p = context.find(staff, id);
        return form(model, PetitionForm.of(p), p, Map.of());
    }

    @PostMapping("/admin/petitions/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        Petition old = context.find(staff, id);
        PetitionForm form = PetitionForm.from(input);
        Map<String, PetitionLimits.Problem> problems = form.formProblems();
        if (problems.isEmpty()) {
            try {
                Petition saved = petitions.update(form.toPetition(old));
                audit.record(staff, "petitions.update", "\"" + saved.title() + "\" (" + saved.id() + ")");
                return "redirect:/admin/petitions/" + id;
            } catch (InvalidPetitionException e) {
                problems = e.problems();
            }
        }
        response.setStatus(422);
        return form(model, form, old, context.words(problems, locale));
    }

    @PostMapping("/admin/petitions/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        Petition p = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffPetitions::notFound);
        if (petitions.setStatus(staff.workspaceId(), p.id(), next)) {
            audit.record(staff, "petitions.status", "\"" + p.title() + "\" (" + p.id() + ") is now " + next.wire());
        }
        return "redirect:/admin/petitions/" + id;
    }

    private String form(Model model, PetitionForm form, Petition existing, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("petition", existing);
        model.addAttribute("problems", problems);
        return "actions/form";
    }
}
