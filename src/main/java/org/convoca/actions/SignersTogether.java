package org.convoca.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Signs a group of petitions' signers in the caller's transaction with a few statements for all of them: whose
 * addresses are known (one query), then the newcomers, their search words, signatures, consent records and
 * timeline lines (one statement each). A signer the workspace already knows, or whose address came earlier in the
 * same group, is signed on their own afterwards, as {@link Signing} signs anyone, so they find what was just saved.
 */
@Component
class SignersTogether {

    /** One signer of a group. */
    record Pending(Petition petition, SignatureRequest request) {
    }

    private final People people;
    private final Signatures signatures;
    private final Consents consents;
    private final Activities activities;
    private final Autoresponder autoresponder;

    SignersTogether(People people, Signatures signatures, Consents consents, Activities activities,
            Autoresponder autoresponder) {
        this.people = people;
        this.signatures = signatures;
        this.consents = consents;
        this.activities = activities;
        this.autoresponder = autoresponder;
    }

    /**
     * Signs everyone of the group; {@code one} signs a single signer (someone already known) in this transaction,
     * and {@code after} does for a newcomer what follows their first signature (tags, co-sponsors' copies).
     */
    List<SignResult> sign(List<Pending> group, Function<Pending, SignResult> one,
            BiConsumer<Pending, Person> after) {
        SignResult[] results = new SignResult[group.size()];
        List<Integer> newcomers = newcomers(group);
        Instant now = Petitions.now();
        Map<UUID, List<Integer>> byWorkspace = new LinkedHashMap<>();
        newcomers.forEach(i -> byWorkspace.computeIfAbsent(group.get(i).petition().workspaceId(), k -> new ArrayList<>())
                .add(i));
        byWorkspace.forEach((ws, members) -> {
            // In address order: two groups inserting the same two new addresses then wait on each other one way
            // round, never both ways (a deadlock the database would break only after a second).
            members.sort(Comparator.comparing(i -> group.get(i).request().signer().email(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            List<Person> saved = people.createAllLookedUp(ws, members.stream()
                    .map(i -> group.get(i).request().signer()).toList());
            List<Signature> signed = new ArrayList<>(members.size());
            for (int k = 0; k < members.size(); k++) {
                Pending p = group.get(members.get(k));
                SignatureRequest r = p.request();
                Signature s = new Signature(Ids.newId(), ws, p.petition().id(), saved.get(k).id(), r.language(),
                        r.comment(), r.listed(), r.source(), now, now);
                signed.add(s);
                results[members.get(k)] = new SignResult(s, saved.get(k), true);
            }
            signatures.insertAll(signed);
            record(group, members, results);
        });
        for (int i = 0; i < group.size(); i++) {
            if (results[i] == null) {
                results[i] = one.apply(group.get(i));
            } else {
                after.accept(group.get(i), results[i].person());
            }
        }
        return List.of(results);
    }

    /**
     * Who of the group is new to their workspace, by position: no id given, and an address nobody there has and
     * nobody earlier in the group gave (or no address at all).
     */
    private List<Integer> newcomers(List<Pending> group) {
        Map<UUID, Set<String>> asked = new LinkedHashMap<>();
        for (Pending p : group) {
            Person signer = p.request().signer();
            if (signer.id() == null && signer.email() != null) {
                asked.computeIfAbsent(p.petition().workspaceId(), k -> new HashSet<>()).add(signer.email());
            }
        }
        Map<UUID, Set<String>> taken = new LinkedHashMap<>();
        asked.forEach((ws, emails) -> taken.put(ws, new HashSet<>(people.emailsTaken(ws, emails))));
        return IntStream.range(0, group.size()).filter(i -> {
            Person signer = group.get(i).request().signer();
            return signer.id() == null && (signer.email() == null
                    || taken.get(group.get(i).petition().workspaceId()).add(signer.email()));
        }).boxed().toList();
    }

    private record Consented(UUID workspaceId, String text, String form) {
    }

    private record Line(UUID workspaceId, String summary) {
    }

    private record Confirmation(UUID workspaceId, UUID petitionId, String fallbackLanguage, String title) {
    }

    /** The consent records, timeline lines and confirmation emails of newcomers' first signatures. */
    private void record(List<Pending> group, List<Integer> members, SignResult[] results) {
        Map<Consented, List<UUID>> consented = new LinkedHashMap<>();
        Map<Line, List<UUID>> lines = new LinkedHashMap<>();
        Map<Confirmation, Map<UUID, String>> confirmations = new LinkedHashMap<>();
        for (int i : members) {
            Petition petition = group.get(i).petition();
            SignatureRequest r = group.get(i).request();
            UUID ws = petition.workspaceId();
            UUID person = results[i].person().id();
            String title = petition.text(r.language()).title();
            if (r.consentText() != null) {
                consented.computeIfAbsent(new Consented(ws, r.consentText(), Signing.form(petition)),
                        k -> new ArrayList<>()).add(person);
            }
            lines.computeIfAbsent(new Line(ws, Signing.line(title)), k -> new ArrayList<>()).add(person);
            if (r.autoresponse()) {
                confirmations.computeIfAbsent(new Confirmation(ws, petition.id(), petition.defaultLanguage(), title),
                        k -> new LinkedHashMap<>()).put(person, r.language());
            }
        }
        consented.forEach((k, ids) -> consents.recordAll(k.workspaceId(), ids, k.text(), k.form()));
        lines.forEach((k, ids) -> activities.recordAll(k.workspaceId(), ids, "petition", k.summary()));
        confirmations.forEach((k, languages) -> autoresponder.queueAll(k.workspaceId(), k.petitionId(), languages,
                k.fallbackLanguage(), k.title()));
    }
}
