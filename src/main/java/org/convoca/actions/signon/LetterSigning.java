package org.convoca.actions.signon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.Autoresponder;
import org.convoca.actions.PartnerCopies;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a letter in one transaction: the person found by email or added, the organization placed on the list
 * (joined to the one organization it is the same as, else listed on its own and paired with those it may be),
 * the signature, the consent record with the exact text, a line on the person's timeline, the confirmation email
 * owed, and a copy of the person, with their consent, for each co-sponsor they opted in to.
 */
@Service
public class LetterSigning {

    /** The signature, and whether it is new (a second signature for the same listing by the same person is not). */
    public record Result(SignonSignature signature, boolean counted, boolean joinedExisting) {
    }

    private final SignonLetters letters;
    private final SignonSignatures signatures;
    private final DuplicateCandidates candidates;
    private final CrmOrganizations organizations;
    private final LetterPartnerCopies partners;
    private final People people;
    private final Consents consents;
    private final Activities activities;
    private final Autoresponder autoresponder;
    private final TransactionTemplate tx;

    LetterSigning(SignonLetters letters, SignonSignatures signatures, DuplicateCandidates candidates,
            CrmOrganizations organizations, LetterPartnerCopies partners, People people, Consents consents,
            Activities activities, Autoresponder autoresponder, TransactionTemplate tx) {
        this.letters = letters;
        this.signatures = signatures;
        this.candidates = candidates;
        this.organizations = organizations;
        this.partners = partners;
        this.people = people;
        this.consents = consents;
        this.activities = activities;
        this.autoresponder = autoresponder;
        this.tx = tx;
    }

    /** @throws InvalidPersonException if the signer's details cannot be saved (their sentence says why) */
    public Result sign(SignonLetter letter, SignOn request) {
        try {
            return tx.execute(s -> once(letter, request));
        } catch (DuplicateKeyException | InvalidPersonException raced) {
            // Someone signing with the same new address at the same moment won; this one now finds their rows.
            return tx.execute(s -> once(letter, request));
        }
    }

    private Result once(SignonLetter letter, SignOn r) {
        UUID ws = letter.workspaceId();
        letters.lock(ws, letter.id());
        Instant now = SignonLetters.now();
        Optional<Person> known = r.signer().email() == null ? Optional.empty()
                : people.findByEmail(ws, r.signer().email());
        Person person = known.map(old -> PartnerCopies.merge(people, old, r.signer(), r.trusted()))
                .orElseGet(() -> people.createLookedUp(ws, r.signer()));
        UUID listing = null;
        boolean joined = false;
        if (r.isOrganization()) {
            String name = OrgMatching.display(r.organization().name());
            Map<UUID, List<String>> listed = signatures.spellings(ws, letter.id());
            List<UUID> same = new ArrayList<>();
            List<UUID> possible = new ArrayList<>();
            listed.forEach((id, spellings) -> OrgMatching.against(name, spellings).ifPresent(c ->
                    (c == Certainty.SAME ? same : possible).add(id)));
            if (same.size() == 1) {
                listing = same.getFirst();
                joined = true;
            } else {
                // Same as two organizations staff keep apart is no certainty at all: listed alone, both proposed.
                possible.addAll(same);
                listing = signatures.newListing(ws, letter.id(), organizations.findOrAdd(ws, r.organization())
                        .orElse(null), now);
            }
            for (UUID other : possible) {
                candidates.propose(ws, letter.id(), other, listing, now);
            }
            signatures.organizationOf(ws, listing).ifPresent(org -> organizations.addContact(ws, org, person.id()));
        }
        partners.copy(letter, r.signer(), r.optIns());
        Optional<SignonSignature> earlier = known.isEmpty() ? Optional.empty()
                : signatures.earlier(ws, letter.id(), person.id(), listing);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), false, joined);
        }
        SignOn.OrgDetails o = r.organization();
        SignonSignature s = new SignonSignature(Ids.newId(), letter.id(), listing, person.id(), o != null,
                letter.moderated() ? SignonSignature.Status.PENDING : SignonSignature.Status.APPROVED,
                o == null ? "" : OrgMatching.display(o.name()), o == null ? "" : o.locality(),
                o == null ? "" : o.region(), o == null || o.scope() == null ? "" : o.scope().wire(),
                o == null ? "" : o.website(), person.displayName(), r.title(), r.affiliation(), person.email(),
                r.language(), r.source(), now);
        signatures.insert(ws, s);
        if (r.consentText() != null) {
            consents.record(ws, person.id(), r.consentText(), form(letter));
        }
        activities.record(ws, person.id(), "signon", "Signed the sign-on letter “" + letter.title() + "”"
                + (o == null ? "" : " for " + s.orgName()));
        if (r.autoresponse()) {
            // Once per person and letter, however many organizations they sign for: the Autoresponder claims it.
            autoresponder.queue(ws, letter.id(), person.id(), r.language(), letter.defaultLanguage(),
                    letter.text(r.language()).title());
        }
        return new Result(s, true, joined);
    }

    /** Where a consent was given, as its record names it. */
    static String form(SignonLetter letter) {
        return "Sign-on letter " + letter.slug();
    }
}
