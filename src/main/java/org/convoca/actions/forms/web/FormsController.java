package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletResponse;
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

/** Staff pages for forms: the list, adding and editing a form's texts, publishing and closing. */
@Controller
class FormsController {

    private final Forms forms;
    private final Submissions submissions;
    private final CoSponsoredForms sponsored;
    private final StaffForms context;
    private final ActionStaffPages<Form, FormEditForm> pages;

    FormsController(Forms forms, Submissions submissions, CoSponsoredForms sponsored, StaffForms context,
            AuditLog audit) {
        this.forms = forms;
        this.submissions = submissions;
        this.sponsored = sponsored;
        this.context = context;
        ActionStaffPages.Kind<Form> kind = new ActionStaffPages.Kind<>("/admin/forms", "forms", Form::id, Form::title,
                "forms/edit", "existing", Map.of("languages", PetitionLimits.LANGUAGES));
        this.pages = new ActionStaffPages<>(kind, context, ActionStaffPages.nothingToCheck(),
                (staff, old, typed) -> old == null ? forms.create(staff.workspaceId(), typed.toForm(null))
                        : forms.update(typed.toForm(old)),
                new ActionStaffPages.Refusal<>(InvalidFormException.class, (e, l) -> context.words(e.problems(), l)),
                audit);
    }

    @GetMapping("/admin/forms")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        List<Form> shown = pages.list(staff, page, model, locale, "forms", forms::newest, sponsored::of);
        model.addAttribute("counts", pages.counts(shown, f -> submissions.count(staff.workspaceId(),
                Submissions.Scope.form(f.id()))));
        return "forms/list";
    }

    @GetMapping("/admin/forms/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return pages.edit(model, FormEditForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/forms")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        return pages.save(staff, null, FormEditForm.from(input), model, locale, response);
    }

    @GetMapping("/admin/forms/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Form f = context.find(staff, id);
        return pages.edit(model, FormEditForm.of(f), f, Map.of());
    }

    @PostMapping("/admin/forms/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, context.find(staff, id), FormEditForm.from(input), model, locale, response);
    }

    @PostMapping("/admin/forms/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        Form f = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffForms::notFound);
        return pages.status(staff, f, next.wire(), forms.setStatus(staff.workspaceId(), f.id(), next));
    }
}
