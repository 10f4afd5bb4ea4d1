package org.convoca.actions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * Copies a signer into a co-sponsor's workspace, the one place where a person crosses from one workspace to
 * another, and only because they ticked that co-sponsor's box. The partner's own records are never overwritten.
 */
@Component
public class PartnerCopies {

    private final People people;
    private final Consents consents;
    private final Activities activities;
    private final CoSponsors coSponsors;

    PartnerCopies(People people, Consents consents, Activities activities, CoSponsors coSponsors) {
        this.people = people;
        this.consents = consents;
        this.activities = activities;
        this.coSponsors = coSponsors;
    }

    List<CoSponsor> coSponsors(Petition petition) {
        return coSponsors.of(petition.workspaceId(), petition.id());
    }

    void copy(UUID partnerId, Petition petition, Person signer, String optInText) {
        if (signer.email() == null) {
            return;
        }
        Person draft = Person.draft(signer.givenName(), signer.familyName(), signer.email())
                .withAddress(signer.address()).withLanguage(signer.language())
                .withSource(clip("Co-sponsored petition " + petition.slug(), 200));
        Optional<Person> known = people.findByEmail(partnerId, signer.email());
        Person person = known.map(old -> merge(people, old, draft, false))
                .orElseGet(() -> people.create(partnerId, draft));
        if (coSponsors.recordOptIn(partnerId, petition.id(), person.id(), Petitions.utc(Petitions.now()))) {
            consents.record(partnerId, person.id(), optInText, Signing.form(petition));
            activities.record(partnerId, person.id(), "petition", "Opted in to hear from you on the co-sponsored "
                    + "petition “" + petition.title() + "”");
        }
    }

    /**
     * Applies what a signer typed to the person already known by that email: every given field when
     * {@code overwrite}, else only the fields that are empty. Saves only if something changed. Sign-on letters
     * apply their signers the same way.
     */
    public static Person merge(People people, Person old, Person given, boolean overwrite) {
        Person p = old;
        String givenName = pick(old.givenName(), given.givenName(), overwrite);
        String familyName = pick(old.familyName(), given.familyName(), overwrite);
        p = p.withNames(givenName, familyName);
        PostalAddress a = old.address();
        PostalAddress g = given.address();
        p = p.withAddress(new PostalAddress(pick(a.addressLines(), g.addressLines(), overwrite),
                pick(a.locality(), g.locality(), overwrite), pick(a.region(), g.region(), overwrite),
                pick(a.postalCode(), g.postalCode(), overwrite), pick(a.country(), g.country(), overwrite)));
        p = p.withLanguage(pick(old.language(), given.language(), overwrite));
        if (given.phone() != null && (overwrite || old.phone() == null)) {
            p = p.withPhone(given.phone());
        }
        if (overwrite && !given.customFields().isEmpty()) {
            java.util.Map<String, String> fields = new java.util.TreeMap<>(old.customFields());
            fields.putAll(given.customFields());
            p = p.withCustomFields(fields);
        }
        return p.equals(old) ? old : people.update(p);
    }

    private static String pick(String old, String given, boolean overwrite) {
        if (given == null || given.isEmpty()) {
            return old;
        }
        return overwrite || old.isEmpty() ? given : old;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
