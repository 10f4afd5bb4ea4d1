package org.convoca.actions.signon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs of a letter's organizations that may be one, and staff's decisions on them. Keeping a pair apart is
 * remembered, so signing never proposes it again; merging moves every signature of the later listing onto the
 * earlier one, whose earliest spelling stays listed unless staff chose another.
 */
@Repository
public class DuplicateCandidates {

    private record Row(UUID id, UUID a, UUID b, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Signatories signatories;
    private final SignonLetters letters;

    DuplicateCandidates(JdbcClient jdbc, Signatories signatories, SignonLetters letters) {
        this.jdbc = jdbc;
        this.signatories = signatories;
        this.letters = letters;
    }

    /** Proposes the pair unless it was proposed or decided before, in either order. */
    void propose(UUID workspaceId, UUID letterId, UUID a, UUID b, Instant at) {
        if (a.equals(b) || pair(workspaceId, a, b).isPresent()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO signon_candidates (id, workspace_id, letter_id, listing_a, listing_b, decision, created_at)
                VALUES (?, ?, ?, ?, ?, 'open', ?)""")
                .params(Ids.newId(), workspaceId, letterId, a, b, SignonLetters.utc(at)).update();
    }

    /** The pairs waiting for a decision, oldest first. */
    public List<Candidate> open(UUID workspaceId, UUID letterId) {
        List<Row> rows = jdbc.sql("""
                SELECT id, listing_a, listing_b, created_at FROM signon_candidates
                WHERE workspace_id = ? AND letter_id = ? AND decision = 'open' ORDER BY created_at, id""")
                .params(workspaceId, letterId).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        SignonLetters.instant(rs, "created_at"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Listing> listings = signatories.listings(workspaceId, letterId).stream()
                .collect(Collectors.toMap(Listing::id, Function.identity()));
        List<Candidate> result = new ArrayList<>();
        for (Row r : rows) {
            Listing a = listings.get(r.a());
            Listing b = listings.get(r.b());
            if (a != null && b != null) {
                boolean aFirst = !b.createdAt().isBefore(a.createdAt());
                result.add(new Candidate(r.id(), aFirst ? a : b, aFirst ? b : a, r.createdAt()));
            }
        }
        return result;
    }

    public Optional<Candidate> find(UUID workspaceId, UUID letterId, UUID id) {
        return open(workspaceId, letterId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Remembers that the two are different organizations; false if the pair is not waiting for a decision. */
    public boolean keepApart(UUID workspaceId, UUID letterId, UUID id) {
        return jdbc.sql("""
                UPDATE signon_candidates SET decision = 'apart' WHERE workspace_id = ? AND letter_id = ? AND id = ?
                AND decision = 'open'""").params(workspaceId, letterId, id).update() == 1;
    }

    /**
     * Merges the pair into its earlier listing: the later one's signatures move over, and its open or decided
     * pairs with third organizations become the earlier one's, unless that one already has such a pair.
     */
    @Transactional
    public Optional<Listing> merge(UUID workspaceId, UUID letterId, UUID id) {
        letters.lock(workspaceId, letterId);
        Optional<Candidate> found = find(workspaceId, letterId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID keep = found.get().first().id();
        UUID gone = found.get().second().id();
        jdbc.sql("UPDATE signon_signatures SET listing_id = ? WHERE workspace_id = ? AND listing_id = ?")
                .params(keep, workspaceId, gone).update();
        jdbc.sql("""
                UPDATE signon_listings SET organization_id = (SELECT g.organization_id FROM signon_listings g
                WHERE g.id = ?) WHERE workspace_id = ? AND id = ? AND organization_id IS NULL""")
                .params(gone, workspaceId, keep).update();
        List<Row> others = jdbc.sql("""
                SELECT id, listing_a, listing_b, created_at FROM signon_candidates
                WHERE workspace_id = ? AND (listing_a = ? OR listing_b = ?)""").params(workspaceId, gone, gone)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), null)).list();
        for (Row r : others) {
            UUID third = r.a().equals(gone) ? r.b() : r.a();
            if (third.equals(keep) || pair(workspaceId, keep, third).isPresent()) {
                jdbc.sql("DELETE FROM signon_candidates WHERE workspace_id = ? AND id = ?").params(workspaceId, r.id())
                        .update();
            } else {
                jdbc.sql("UPDATE signon_candidates SET listing_a = ?, listing_b = ? WHERE workspace_id = ? AND id = ?")
                        .params(keep, third, workspaceId, r.id()).update();
            }
        }
        jdbc.sql("DELETE FROM signon_listings WHERE workspace_id = ? AND id = ?").params(workspaceId, gone).update();
        return signatories.listing(workspaceId, letterId, keep);
    }

    private Optional<UUID> pair(UUID workspaceId, UUID a, UUID b) {
        return jdbc.sql("""
                SELECT id FROM signon_candidates WHERE workspace_id = ? AND ((listing_a = ? AND listing_b = ?)
                OR (listing_a = ? AND listing_b = ?))""").params(workspaceId, a, b, b, a).query(UUID.class).optional();
    }
}
