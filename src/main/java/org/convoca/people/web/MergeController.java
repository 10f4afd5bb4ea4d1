package org.convoca.people.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.Lists;
import org.convoca.people.Organizations;
import org.convoca.people.PeoplePages;
import org.convoca.people.PeopleQuery;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonMerges;
import org.convoca.people.Tags;
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

/** Merging a duplicate into the person whose page staff started from: find it, compare side by side, merge. */
@Controller
@PreAuthorize("hasRole('ORGANIZER')")
class MergeController {

    static final int CANDIDATES = 20;

    private final People people;
    private final PeoplePages pages;
    private final PersonMerges merges;
    private final Tags tags;
    private final Lists lists;
    private final Consents consents;
    private final Activities activities;
    private final Organizations organizations;

    MergeController(People people, PeoplePages pages, PersonMerges merges, Tags tags, Lists lists,
            Consents consents, Activities activities, Organizations organizations) {
        this.people = people;
        this.pages = pages;
        this.merges = merges;
        this.tags = tags;
        this.lists = lists;
        this.consents = consents;
        this.activities = activities;
        this.organizations = organizations;
    }

    @GetMapping("/admin/people/{id}/merge")
    String pick(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q, Model model) {
        Person kept = people.find(staff.workspaceId(), id).orElseThrow(WorkspaceContext::notFound);
        String search = q.length() > 200 ? q.substring(0, 200) : q;
        List<Person> candidates = search.isBlank() ? List.of()
                : pages.first(staff.workspaceId(), PeopleQuery.text(search), CANDIDATES).people().stream()
                        .filter(p -> !p.id().equals(id)).toList();
        model.addAttribute("kept", kept);
        model.addAttribute("q", search);
        model.addAttribute("candidates", candidates);
        return "people/merge-pick";
    }

    @GetMapping("/admin/people/{id}/merge/{otherId}")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID otherId,
            Model model) {
        UUID ws = staff.workspaceId();
        Person kept = people.find(ws, id).orElseThrow(WorkspaceContext::notFound);
        Person other = people.find(ws, otherId).filter(o -> !o.id().equals(id))
                .orElseThrow(WorkspaceContext::notFound);
        Map<String, Long> moving = new HashMap<>();
        moving.put("tags", (long) tags.of(ws, otherId).size());
        moving.put("lists", (long) lists.of(ws, otherId).size());
        moving.put("consents", (long) consents.of(ws, otherId).size());
        moving.put("activities", (long) activities.timeline(ws, otherId, 1000).size());
        moving.put("organizations", (long) organizations.of(ws, otherId).size());
        moving.put("fields", (long) other.customFields().size());
        model.addAttribute("kept", kept);
        model.addAttribute("other", other);
        model.addAttribute("differences", merges.differences(kept, other));
        model.addAttribute("moving", moving);
        return "people/merge-preview";
    }

    @PostMapping("/admin/people/{id}/merge/{otherId}")
    String merge(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID otherId,
            @RequestParam MultiValueMap<String, String> input) {
        UUID ws = staff.workspaceId();
        people.find(ws, id).orElseThrow(WorkspaceContext::notFound);
        people.find(ws, otherId).filter(o -> !o.id().equals(id)).orElseThrow(WorkspaceContext::notFound);
        Map<String, PersonMerges.Side> choices = new HashMap<>();
        input.forEach((name, values) -> {
            if (name.startsWith("choice.") && !values.isEmpty()) {
                choices.put(name.substring("choice.".length()),
                        "other".equals(values.get(0)) ? PersonMerges.Side.OTHER : PersonMerges.Side.KEPT);
            }
        });
        merges.merge(staff, id, otherId, choices);
        return "redirect:/admin/people/" + id + "?merged";
    }
}
