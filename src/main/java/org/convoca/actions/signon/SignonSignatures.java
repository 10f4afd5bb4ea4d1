package org.convoca.actions.signon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signatures of each workspace's letters. Every method is scoped to one workspace. */
@Repository
public class SignonSignatures {

    private static final String SELECT = """
            SELECT s.*, p.email FROM signon_signatures s JOIN people p ON p.id = s.person_id
            WHERE s.workspace_id = ? AND s.letter_id = ?""";

    private final JdbcClient jdbc;

    SignonSignatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SignonSignature> find(UUID workspaceId, UUID letterId, UUID id) {
        return jdbc.sql(SELECT + " AND s.id = ?").params(workspaceId, letterId, id)
                .query(SignonSignatures::map).optional();
    }

    /** The person's earlier signature for the same organization, or as an individual when {@code listingId} is null. */
    Optional<SignonSignature> earlier(UUID workspaceId, UUID letterId, UUID personId, UUID listingId) {
        return jdbc.sql(SELECT + " AND s.person_id = ? AND " + (listingId == null
                        ? "s.listing_id IS NULL" : "s.listing_id = ?") + " FETCH FIRST 1 ROWS ONLY")
                .params(listingId == null ? List.of(workspaceId, letterId, personId)
                        : List.of(workspaceId, letterId, personId, listingId))
                .query(SignonSignatures::map).optional();
    }

    void insert(UUID workspaceId, SignonSignature s) {
        jdbc.sql("""
                INSERT INTO signon_signatures (id, workspace_id, letter_id, listing_id, person_id, kind, status,
                org_name, locality, region, scope, website, signer_name, signer_title, affiliation, language, source,
                created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), workspaceId, s.letterId(), s.listingId(), s.personId(),
                        s.organization() ? "organization" : "individual", s.status().wire(), s.orgName(),
                        s.locality(), s.region(), s.scope(), s.website(), s.signerName(), s.signerTitle(),
                        s.affiliation(), s.language(), s.source(), SignonLetters.utc(s.createdAt()))
                .update();
    }

    UUID newListing(UUID workspaceId, UUID letterId, UUID organizationId, Instant at) {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO signon_listings (id, workspace_id, letter_id, organization_id, created_at)
                VALUES (?, ?, ?, ?, ?)""").params(id, workspaceId, letterId, organizationId, SignonLetters.utc(at))
                .update();
        return id;
    }

    Optional<UUID> organizationOf(UUID workspaceId, UUID listingId) {
        return jdbc.sql("SELECT organization_id FROM signon_listings WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, listingId).query(UUID.class).optional();
    }

    /** Newest first, optionally of one status, for staff. */
    public List<SignonSignature> newest(UUID workspaceId, UUID letterId, SignonSignature.Status status, long offset,
            int limit) {
        List<Object> params = new ArrayList<>(List.of(workspaceId, letterId));
        if (status != null) {
            params.add(status.wire());
        }
        params.add(offset);
        params.add(limit);
        return jdbc.sql(SELECT + (status == null ? "" : " AND s.status = ?")
                        + " ORDER BY s.created_at DESC, s.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(SignonSignatures::map).list();
    }

    /** Every signature of the letter, oldest first, for the staff's CSV. */
    public List<SignonSignature> all(UUID workspaceId, UUID letterId) {
        return jdbc.sql(SELECT + " ORDER BY s.created_at, s.id").params(workspaceId, letterId)
                .query(SignonSignatures::map).list();
    }

    public long count(UUID workspaceId, UUID letterId, SignonSignature.Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM signon_signatures WHERE workspace_id = ? AND letter_id = ? AND status = ?")
                .params(workspaceId, letterId, status.wire()).query(Long.class).single();
    }

    public boolean setStatus(UUID workspaceId, UUID letterId, UUID id, SignonSignature.Status status) {
        return jdbc.sql("UPDATE signon_signatures SET status = ? WHERE workspace_id = ? AND letter_id = ? AND id = ?")
                .params(status.wire(), workspaceId, letterId, id).update() == 1;
    }

    /**
     * The organizations on the letter, oldest first, with the spellings of their signatures that are not
     * rejected, as signing compares a new name with them.
     */
    Map<UUID, List<String>> spellings(UUID workspaceId, UUID letterId) {
        Map<UUID, List<String>> byListing = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.listing_id, s.org_name FROM signon_signatures s JOIN signon_listings l ON l.id = s.listing_id
                WHERE s.workspace_id = ? AND s.letter_id = ? AND s.status <> 'rejected'
                ORDER BY l.created_at, l.id, s.created_at, s.id""").params(workspaceId, letterId)
                .query((ResultSet rs) -> {
                    List<String> names = byListing.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>());
                    if (!names.contains(rs.getString(2))) {
                        names.add(rs.getString(2));
                    }
                });
        return byListing;
    }

    static SignonSignature map(ResultSet rs, int row) throws SQLException {
        return new SignonSignature(rs.getObject("id", UUID.class), rs.getObject("letter_id", UUID.class),
                rs.getObject("listing_id", UUID.class), rs.getObject("person_id", UUID.class),
                "organization".equals(rs.getString("kind")),
                SignonSignature.Status.parse(rs.getString("status")).orElse(SignonSignature.Status.PENDING),
                rs.getString("org_name"), rs.getString("locality"), rs.getString("region"), rs.getString("scope"),
                rs.getString("website"), rs.getString("signer_name"), rs.getString("signer_title"),
                rs.getString("affiliation"), rs.getString("email"), rs.getString("language"), rs.getString("source"),
                SignonLetters.instant(rs, "created_at"));
    }
}
