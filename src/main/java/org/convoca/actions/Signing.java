package org.convoca.actions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a petition in one short transaction: the person found by email or added, the signature (once per person),
 * the consent record with the exact text, a line on their timeline, and a copy of them, with their consent, for
 * each co-sponsor they opted in to. Signers arriving at the same moment share the transaction ({@link CommitGroups}).
 * When this returns, all of it is committed; when it throws, none of it is.
 */
@Service
public class Signing {

    private final People people;
    private final Signatures signatures;
    private final SignatureCounts counts;
    private final Consents consents;
    private final Activities activities;
    private final Tags tags;
    private final PartnerCopies partners;
    private final Autoresponder autoresponder;
    private final TransactionTemplate tx;
    private final CommitGroups commits;
    private final SignersTogether signers;
    private final CommitGroups.Together<SignersTogether.Pending, SignResult> together = this::signAll;

    Signing(People people, Signatures signatures, SignatureCounts counts, Consents consents, Activities activities,
            Tags tags, PartnerCopies partners, Autoresponder autoresponder, TransactionTemplate tx,
            CommitGroups commits, SignersTogether signers) {
        this.commits = commits;
        this.signers = signers;
        this.people = people;
        this.signatures = signatures;
        this.counts = counts;
        this.consents = consents;
        this.activities = activities;
        this.tags = tags;
        this.partners = partners;
        this.autoresponder = autoresponder;
        this.tx = tx;
    }

    /**
     * Signs; a person who already signed gets their first signature back, uncounted.
     *
     * @throws InvalidPersonException if the signer's details cannot be saved (their sentence says why)
     */
    public SignResult sign(Petition petition, SignatureRequest request) {
        SignResult result = commits.run(new SignersTogether.Pending(petition, request), together,
                p -> alone(p.petition(), p.request()));
        if (result.counted()) {
            counts.added(petition.id());
        }
        return result;
    }

    /** Signs a group of signers in the caller's transaction, the newcomers among them with a few statements. */
    List<SignResult> signAll(List<SignersTogether.Pending> group) {
        return signers.sign(group, p -> once(p.petition(), p.request()),
                (p, person) -> after(p.petition(), p.request(), person));
    }

    private SignResult alone(Petition petition, SignatureRequest request) {
        try {
            return tx.execute(s -> once(petition, request));
        } catch (DuplicateKeyException | InvalidPersonException raced) {
            // Someone signing with the same new address at the same moment won; this one now finds their rows.
            return tx.execute(s -> once(petition, request));
        }
    }

    private SignResult once(Petition petition, SignatureRequest r) {
        UUID ws = petition.workspaceId();
        PetitionText text = petition.text(r.language());
        Optional<Person> known = r.signer().id() != null ? people.find(ws, r.signer().id())
                : r.signer().email() == null ? Optional.empty() : people.findByEmail(ws, r.signer().email());
        Person person = known.map(old -> PartnerCopies.merge(people, old, r.signer(), r.trusted()))
                .orElseGet(() -> people.createLookedUp(ws, r.signer()));
        // Someone added just now cannot have signed before: one query fewer on the busiest path.
        Optional<Signature> earlier = known.isEmpty() ? Optional.empty()
                : signatures.findFor(ws, petition.id(), person.id());
        Signature signature = earlier.orElseGet(() -> signatures.insert(ws, petition.id(), person.id(), r.language(),
                r.comment(), r.listed(), r.source(), Petitions.now()));
        if (earlier.isEmpty()) {
            if (r.consentText() != null) {
                consents.record(ws, person.id(), r.consentText(), form(petition));
            }
            activities.record(ws, person.id(), "petition", line(text.title()));
            if (r.autoresponse()) {
                autoresponder.queue(ws, petition.id(), person.id(), r.language(), petition.defaultLanguage(),
                        text.title());
            }
        }
        after(petition, r, person);
        return new SignResult(signature, person, earlier.isEmpty());
    }

    /** What follows any signature: the tags asked for, and a copy for each co-sponsor the signer opted in to. */
    private void after(Petition petition, SignatureRequest r, Person person) {
        UUID ws = petition.workspaceId();
        for (String name : r.addTags()) {
            tags.tag(ws, tags.ensure(ws, name).id(), person.id());
        }
        if (!r.optIns().isEmpty()) {
            List<UUID> sponsors = partners.coSponsors(petition).stream().map(CoSponsor::workspaceId).toList();
            r.optIns().forEach((partnerId, boxText) -> {
                if (sponsors.contains(partnerId)) {
                    partners.copy(partnerId, petition, r.signer(), boxText);
                }
            });
        }
    }

    /** The line a first signature puts on the signer's timeline. */
    static String line(String title) {
        return "Signed the petition “" + title + "”";
    }

    /** Where a consent was given, as its record names it. */
    static String form(Petition petition) {
        return "Petition " + petition.slug();
    }

    /** The co-sponsors a signer may opt in to on this petition, for the form and for checking what it sent. */
    public List<CoSponsor> coSponsors(Petition petition) {
        return partners.coSponsors(petition);
    }
}
