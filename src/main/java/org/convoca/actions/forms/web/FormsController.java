package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.forms.CoSponsoredForms;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.InvalidFormException;
import org.convoca.actions.forms.Submissions;
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

/** Staff pages for forms: the list, adding and editing a form's texts, publishing and closing. */
@Controller
class FormsController {

    static final int PAGE = 25;

    private final Forms forms;
    private final Submissions submissions;
    private final CoSponsoredForms sponsored;
    private final StaffForms context;
    private final AuditLog audit;

    FormsController(Forms forms, Submissions submissions, CoSponsoredForms sponsored, StaffForms context,
            AuditLog audit) {
        this.forms = forms;
        this.submissions = submissions;
        this.sponsored = sponsored;
        this.context = context;
        this.audit = audit;
    }

    @GetMapping("/admin/forms")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        long n = StaffForms.pageNumber(page);
        List<Form> found = forms.newest(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        Map<UUID, Long> counts = new LinkedHashMap<>();
        found.forEach(f -> counts.put(f.id(), submissions.count(staff.workspaceId(), Submissions.Scope.form(f.id()))));
        model.addAttribute("forms", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("counts", counts);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("sponsored", sponsored.of(staff.workspaceId(), 100));
        model.addAttribute("dates", context.dates(staff, locale));
        return "forms/list";
    }

    @GetMapping("/admin/forms/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return page(model, FormEditForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/forms")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        FormEditForm form = FormEditForm.from(input);
        try {
            Form saved = forms.create(staff.workspaceId(), form.toForm(null));
            audit.record(staff, "forms.create", "\"" + saved.title() + "\" (" + saved.id() + ")");
            return "redirect:/admin/forms/" + saved.id();
        } catch (InvalidFormException e) {
            response.setStatus(422);
            return page(model, form, null, context.words(e.problems(), locale));
        }
    }

    @GetMapping("/admin/forms/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Form f = context.find(staff, id);
        return page(model, FormEditForm.of(f), f, Map.of());
    }

    @PostMapping("/admin/forms/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        Form old = context.find(staff, id);
        FormEditForm form = FormEditForm.from(input);
        try {
            Form saved = forms.update(form.toForm(old));
            audit.record(staff, "forms.update", "\"" + saved.title() + "\" (" + saved.id() + ")");
            return "redirect:/admin/forms/" + id;
        } catch (InvalidFormException e) {
            response.setStatus(422);
            return page(model, form, old, context.words(e.problems(), locale));
        }
    }

    @PostMapping("/admin/forms/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        Form f = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffForms::notFound);
        if (forms.setStatus(staff.workspaceId(), f.id(), next)) {
            audit.record(staff, "forms.status", "\"" + f.title() + "\" (" + f.id() + ") is now " + next.wire());
        }
        return "redirect:/admin/forms/" + id;
    }

    private String page(Model model, FormEditForm form, Form existing, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("languages", PetitionLimits.LANGUAGES);
        return "forms/edit";
    }
}
