package org.convoca.actions;

import java.util.Map;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Component;

/**
 * Copies someone who filled in a form or wrote a letter into the co-sponsors whose boxes they ticked, with the
 * box's text as their consent, inside the action's own transaction. The partner's own records are only filled in,
 * never overwritten; nobody who ticked nothing crosses to a partner.
 */
@Component
public class ActionPartnerCopies {

    /**
     * The action as a partner's records name it.
     *
     * @param kind  the timeline's kind of activity, like {@code form}
     * @param noun  what it is, like "form" or "letter campaign"
     * @param where where the consent was given, as the owner's consent records say it: "Form survey"
     */
    public record Action(UUID workspaceId, UUID id, String kind, String noun, String where, String title) {
    }

    private final ActionCoSponsors coSponsors;
    private final People people;
    private final Consents consents;
    private final Activities activities;

    ActionPartnerCopies(ActionCoSponsors coSponsors, People people, Consents consents, Activities activities) {
        this.coSponsors = coSponsors;
        this.people = people;
        this.consents = consents;
        this.activities = activities;
    }

    /** @param optIns the co-sponsors ticked, with each box's text as shown; a partner not co-sponsoring is ignored */
    public void copy(Action action, Person person, Map<UUID, String> optIns) {
        if (optIns.isEmpty() || person.email() == null) {
            return;
        }
        for (CoSponsor sponsor : coSponsors.of(action.workspaceId(), action.id())) {
            String box = optIns.get(sponsor.workspaceId());
            if (box != null) {
                copy(sponsor.workspaceId(), action, person, box);
            }
        }
    }

    private void copy(UUID partnerId, Action action, Person given, String box) {
        Person draft = Person.draft(given.givenName(), given.familyName(), given.email())
                .withAddress(given.address()).withLanguage(given.language())
                .withSource(clip("Co-sponsored " + action.where()));
        Person person = people.findByEmail(partnerId, given.email())
                .map(old -> PartnerCopies.merge(people, old, draft, false))
                .orElseGet(() -> people.create(partnerId, draft));
        if (coSponsors.recordOptIn(partnerId, action.id(), person.id())) {
            consents.record(partnerId, person.id(), box, action.where());
            activities.record(partnerId, person.id(), action.kind(), "Opted in to hear from you on the co-sponsored "
                    + action.noun() + " “" + action.title() + "”");
        }
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
