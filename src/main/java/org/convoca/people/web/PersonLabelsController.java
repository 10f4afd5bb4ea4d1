package org.convoca.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.PersonList;
import org.convoca.people.PersonLimits;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tags and lists on a person's page: each change is also written on the person's timeline. */
@Controller
@PreAuthorize("hasRole('ORGANIZER')")
class PersonLabelsController {

    private final People people;
    private final Tags tags;
    private final Lists lists;
    private final Activities activities;
    private final PersonPage page;
    private final WorkspaceContext context;

    PersonLabelsController(People people, Tags tags, Lists lists, Activities activities, PersonPage page,
            WorkspaceContext context) {
        this.people = people;
        this.tags = tags;
        this.lists = lists;
        this.activities = activities;
        this.page = page;
        this.context = context;
    }

    @PostMapping("/admin/people/{id}/tags")
    @Transactional
    String tag(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name, Model model, Locale locale, HttpServletResponse response) {
        UUID ws = existing(staff, id);
        String clean = PersonLimits.clean(name);
        if (!LabelNames.isValid(name)) {
            response.setStatus(422);
            model.addAttribute("tagProblem", context.t(locale, "people.error.label-name", Tags.NAME));
            model.addAttribute("tagName", name);
            return page.show(staff, id, model, locale);
        }
        Tag tag = tags.ensure(ws, clean);
        if (tags.findTagging(ws, tag.id(), id).isEmpty()) {
            tags.tag(ws, tag.id(), id);
            activities.record(ws, id, "tagged", tag.name());
        }
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/tags/{tagId}/remove")
    @Transactional
    String untag(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID tagId) {
        UUID ws = existing(staff, id);
        Tag tag = tags.find(ws, tagId).orElseThrow(WorkspaceContext::notFound);
        if (tags.untag(ws, tagId, id)) {
            activities.record(ws, id, "untagged", tag.name());
        }
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/lists")
    @Transactional
    String addToList(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String list) {
        UUID ws = existing(staff, id);
        PersonList l = Ids.parse(list).flatMap(listId -> lists.find(ws, listId))
                .orElseThrow(WorkspaceContext::notFound);
        if (lists.of(ws, id).stream().noneMatch(on -> on.id().equals(l.id()))) {
            lists.add(ws, l.id(), id);
            activities.record(ws, id, "listed", l.name());
        }
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/lists/{listId}/remove")
    @Transactional
    String removeFromList(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID listId) {
        UUID ws = existing(staff, id);
        PersonList l = lists.find(ws, listId).orElseThrow(WorkspaceContext::notFound);
        if (lists.remove(ws, listId, id)) {
            activities.record(ws, id, "unlisted", l.name());
        }
        return "redirect:/admin/people/" + id;
    }

    private UUID existing(Staff staff, UUID id) {
        people.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        return staff.workspaceId();
    }
}
