package org.convoca.actions;

import java.util.Optional;
import java.util.UUID;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Component;

/**
 * Finds the person who took an action (by id, else by email) or adds them, the same way for every kind of action.
 * Call it inside the action's transaction.
 */
@Component
public class Supporters {

    /** The person as now saved, and whether the workspace knew them before. */
    public record Found(Person person, boolean known) {
    }

    private final People people;

    Supporters(People people) {
        this.people = people;
    }

    /**
     * @param trusted whether the details may overwrite what is known (the workspace's own API key) or only fill in
     *                what is missing (a public form, where anyone can type anyone's address)
     */
    public Found findOrAdd(UUID workspaceId, Person draft, boolean trusted) {
        Optional<Person> known = draft.id() != null ? people.find(workspaceId, draft.id())
                : draft.email() == null ? Optional.empty() : people.findByEmail(workspaceId, draft.email());
        return known.map(old -> new Found(PartnerCopies.merge(people, old, draft, trusted), true))
                .orElseGet(() -> new Found(people.createLookedUp(workspaceId, draft), false));
    }
}
