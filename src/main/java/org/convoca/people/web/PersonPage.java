package org.convoca.people.web;

import java.util.Locale;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.Lists;
import org.convoca.people.Organizations;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.workspace.Staff;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Gathers everything a person's page shows, for the page itself and for forms on it that come back refused. */
@Component
class PersonPage {

    static final int TIMELINE = 100;
    static final int LIST_CHOICES = 500;

    private final People people;
    private final Tags tags;
    private final Lists lists;
    private final Consents consents;
    private final Activities activities;
    private final Organizations organizations;
    private final WorkspaceContext context;

    PersonPage(People people, Tags tags, Lists lists, Consents consents, Activities activities,
            Organizations organizations, WorkspaceContext context) {
        this.people = people;
        this.tags = tags;
        this.lists = lists;
        this.consents = consents;
        this.activities = activities;
        this.organizations = organizations;
        this.context = context;
    }

    String show(Staff staff, UUID id, Model model, Locale locale) {
        UUID ws = staff.workspaceId();
        Person person = people.find(ws, id).orElseThrow(WorkspaceContext::notFound);
        model.addAttribute("person", person);
        model.addAttribute("tags", tags.of(ws, id));
        model.addAttribute("lists", lists.of(ws, id));
        model.addAttribute("allLists", lists.all(ws, 0, LIST_CHOICES));
        model.addAttribute("consents", consents.of(ws, id));
        model.addAttribute("activities", activities.timeline(ws, id, TIMELINE));
        model.addAttribute("organizations", organizations.of(ws, id));
        model.addAttribute("dates", context.dates(staff, locale));
        return "people/person";
    }
}
