package org.convoca.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.convoca.people.Activities;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
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

/** Adding a person, their page, and editing every field of it. */
@Controller
class PersonController {

    private final People people;
    private final Activities activities;
    private final PersonPage page;
    private final WorkspaceContext context;

    PersonController(People people, Activities activities, PersonPage page, WorkspaceContext context) {
        this.people = people;
        this.activities = activities;
        this.page = page;
        this.context = context;
    }

    @GetMapping("/admin/people/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(Model model) {
        return form(model, PersonForm.empty(), null, Map.of());
    }

    @PostMapping("/admin/people")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        PersonForm form = PersonForm.from(input);
        Map<String, String> problems = problems(form, null, locale);
        if (problems.isEmpty()) {
            try {
                Person saved = people.create(staff.workspaceId(), form.toPerson(null));
                activities.record(staff.workspaceId(), saved.id(), "created", staff.name());
                return "redirect:/admin/people/" + saved.id();
            } catch (InvalidPersonException e) {
                problems = translate(e.problems(), locale);
            }
        }
        response.setStatus(422);
        return form(model, form, null, problems);
    }

    @GetMapping("/admin/people/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale) {
        return page.show(staff, id, model, locale);
    }

    @GetMapping("/admin/people/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Person p = people.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        return form(model, PersonForm.of(p), p, Map.of());
    }

    @PostMapping("/admin/people/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        Person before = people.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        PersonForm form = PersonForm.from(input);
        Map<String, String> problems = problems(form, before, locale);
        if (problems.isEmpty()) {
            try {
                Person after = people.update(form.toPerson(before));
                List<String> changed = changes(before, after);
                if (!changed.isEmpty()) {
                    activities.record(staff.workspaceId(), id, "edited", String.join(", ", changed));
                }
                return "redirect:/admin/people/" + id;
            } catch (InvalidPersonException e) {
                problems = translate(e.problems(), locale);
            }
        }
        response.setStatus(422);
        return form(model, form, before, problems);
    }

    private Map<String, String> problems(PersonForm form, Person base, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        form.formProblems().forEach((field, key) -> problems.put(field, context.t(locale, key)));
        translate(PersonLimits.problems(form.toPerson(base)), locale).forEach(problems::putIfAbsent);
        return problems;
    }

    private Map<String, String> translate(Map<String, String> english, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        english.forEach((field, sentence) -> problems.put(field,
                context.problem(locale, "people.problem.", field, sentence)));
        return problems;
    }

    /** Which fields an edit changed, by name only: the timeline should not become a second copy of old values. */
    private static List<String> changes(Person a, Person b) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("name", a.givenName().equals(b.givenName()) && a.familyName().equals(b.familyName()));
        same.put("email", Objects.equals(a.email(), b.email()));
        same.put("email status", a.emailStatus() == b.emailStatus());
        same.put("phone", Objects.equals(a.phone(), b.phone()));
        same.put("address", a.address().equals(b.address()));
        same.put("language", a.language().equals(b.language()));
        same.put("source", a.source().equals(b.source()));
        same.put("custom fields", a.customFields().equals(b.customFields()));
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    private static String form(Model model, PersonForm form, Person person, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", Stream.of(org.convoca.people.EmailStatus.values())
                .map(org.convoca.people.EmailStatus::wire).toList());
        return "people/form";
    }
}
