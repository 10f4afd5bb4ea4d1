package org.convoca.actions.signon;

import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PartnerCopies;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Component;

/**
 * Copies a letter's signer into the co-sponsors whose boxes they ticked, with the box's text as their consent;
 * the partner's own records are only filled in, never overwritten. Nobody else crosses to a partner.
 */
@Component
class LetterPartnerCopies {

    private final LetterCoSponsors coSponsors;
    private final People people;
    private final Consents consents;
    private final Activities activities;

    LetterPartnerCopies(LetterCoSponsors coSponsors, People people, Consents consents, Activities activities) {
        this.coSponsors = coSponsors;
        this.people = people;
        this.consents = consents;
        this.activities = activities;
    }

    void copy(SignonLetter letter, Person signer, Map<UUID, String> optIns) {
        if (optIns.isEmpty() || signer.email() == null) {
            return;
        }
        for (var sponsor : coSponsors.of(letter.workspaceId(), letter.id())) {
            String box = optIns.get(sponsor.workspaceId());
            if (box != null) {
                copy(sponsor.workspaceId(), letter, signer, box);
            }
        }
    }

    private void copy(UUID partnerId, SignonLetter letter, Person signer, String box) {
        Person draft = Person.draft(signer.givenName(), signer.familyName(), signer.email())
                .withLanguage(signer.language()).withSource(clip("Co-sponsored sign-on letter " + letter.slug()));
        Person person = people.findByEmail(partnerId, signer.email())
                .map(old -> PartnerCopies.merge(people, old, draft, false))
                .orElseGet(() -> people.create(partnerId, draft));
        if (coSponsors.recordOptIn(partnerId, letter.id(), person.id())) {
            consents.record(partnerId, person.id(), box, LetterSigning.form(letter));
            activities.record(partnerId, person.id(), "signon", "Opted in to hear from you on the co-sponsored "
                    + "sign-on letter “" + letter.title() + "”");
        }
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
