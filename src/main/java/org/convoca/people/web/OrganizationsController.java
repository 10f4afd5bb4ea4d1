package org.convoca.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Organization;
import org.convoca.people.Organizations;
import org.convoca.people.PeoplePages;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Partner organizations and signatories: list with search, add and edit, and their contact people. */
@Controller
class OrganizationsController {

    static final int PAGE = 50;
    static final int CONTACTS = 200;
    static final int CANDIDATES = 20;

    private final Organizations organizations;
    private final PeoplePages people;
    private final WorkspaceContext context;

    OrganizationsController(Organizations organizations, PeoplePages people, WorkspaceContext context) {
        this.organizations = organizations;
        this.people = people;
        this.context = context;
    }

    @GetMapping("/admin/organizations")
    String all(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page, Model model) {
        String search = q.length() > 200 ? q.substring(0, 200) : q;
        long n = LabelsController.pageNumber(page);
        long total = organizations.count(staff.workspaceId(), search);
        model.addAttribute("q", search);
        model.addAttribute("organizations", organizations.page(staff.workspaceId(), search, (n - 1) * PAGE, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", n * PAGE < total);
        return "people/organizations";
    }

    @GetMapping("/admin/organizations/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(Model model) {
        return form(model, OrganizationForm.empty(), null, Map.of());
    }

    @PostMapping("/admin/organizations")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @ModelAttribute OrganizationForm form, Model model,
            Locale locale, HttpServletResponse response) {
        Map<String, String> problems = translate(form.problems(), locale);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return form(model, form, null, problems);
        }
        Organization o = organizations.create(staff.workspaceId(), form.toOrganization(null));
        return "redirect:/admin/organizations/" + o.id();
    }

    @GetMapping("/admin/organizations/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "contact_q", defaultValue = "") String contactQuery, Model model) {
        Organization o = organizations.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        String search = contactQuery.length() > 200 ? contactQuery.substring(0, 200) : contactQuery;
        List<Person> candidates = search.isBlank() ? List.of()
                : people.first(staff.workspaceId(), PeopleQuery.text(search), CANDIDATES).people();
        model.addAttribute("contactQuery", search);
        model.addAttribute("candidates", candidates);
        return form(model, OrganizationForm.of(o), o, Map.of());
    }

    @PostMapping("/admin/organizations/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @ModelAttribute OrganizationForm form,
            Model model, Locale locale, HttpServletResponse response) {
        Organization o = organizations.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        Map<String, String> problems = translate(form.problems(), locale);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return form(model, form, o, problems);
        }
        organizations.update(form.toOrganization(o));
        return "redirect:/admin/organizations/" + id;
    }

    @PostMapping("/admin/organizations/{id}/contacts")
    @PreAuthorize("hasRole('ORGANIZER')")
    String addContact(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @RequestParam UUID person) {
        if (!organizations.addContact(staff.workspaceId(), id, person)) {
            organizations.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
            if (organizations.of(staff.workspaceId(), person).stream().noneMatch(o -> o.id().equals(id))) {
                throw WorkspaceContext.notFound();
            }
        }
        return "redirect:/admin/organizations/" + id + "#contacts";
    }

    @PostMapping("/admin/organizations/{id}/contacts/{person}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String removeContact(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID person) {
        organizations.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        organizations.removeContact(staff.workspaceId(), id, person);
        return "redirect:/admin/organizations/" + id + "#contacts";
    }

    private Map<String, String> translate(Map<String, String> english, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        english.forEach((field, sentence) -> problems.put(field,
                context.problem(locale, "people.org.problem.", field, sentence)));
        return problems;
    }

    private String form(Model model, OrganizationForm form, Organization o, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("organization", o);
        model.addAttribute("problems", problems);
        model.addAttribute("contacts", o == null ? List.of()
                : organizations.contacts(o.workspaceId(), o.id(), CONTACTS));
        return "people/organization";
    }
}
