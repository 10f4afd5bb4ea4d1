package org.convoca.people;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Copies a person into a partner workspace: the one way a person crosses from one workspace to another, and only
 * after they ticked that partner's box on a co-sponsored or co-hosted form. The caller keeps the box's words as
 * their consent there. What the partner already knows of the person is only filled in, never overwritten, so a
 * form typed by anyone cannot change a partner's records.
 */
@Component
public class PersonCopies {

    private final People people;

    PersonCopies(People people) {
        this.people = people;
    }

    /** The partner's person with this email, gaps filled from {@code from}; else a new one from {@code from}. */
    public Person copyTo(UUID partnerId, Person from, String source) {
        if (from.email() == null) {
            throw new IllegalArgumentException("Only a person with an email can be copied to a partner.");
        }
        Person draft = Person.draft(from.givenName(), from.familyName(), from.email()).withAddress(from.address())
                .withLanguage(from.language()).withSource(clip(source));
        return people.findByEmail(partnerId, from.email()).map(old -> fill(old, draft))
                .orElseGet(() -> people.create(partnerId, draft));
    }

    private Person fill(Person old, Person given) {
        PostalAddress a = old.address();
        PostalAddress g = given.address();
        Person p = old.withNames(pick(old.givenName(), given.givenName()), pick(old.familyName(), given.familyName()))
                .withAddress(new PostalAddress(pick(a.addressLines(), g.addressLines()),
                        pick(a.locality(), g.locality()), pick(a.region(), g.region()),
                        pick(a.postalCode(), g.postalCode()), pick(a.country(), g.country())))
                .withLanguage(pick(old.language(), given.language()));
        return p.equals(old) ? old : people.update(p);
    }

    private static String pick(String old, String given) {
        return old == null || old.isEmpty() ? (given == null ? "" : given) : old;
    }

    private static String clip(String s) {
        return s.length() <= PersonLimits.SOURCE ? s : s.substring(0, PersonLimits.SOURCE);
    }
}
