package org.convoca.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.convoca.shared.Ids;
import org.convoca.shared.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signatures of each workspace's petitions. Every method is scoped to one workspace. */
@Repository
public class Signatures {

    /** Whose signatures a query reads: one petition's or one person's, optionally within a modified window. */
    public record Scope(UUID petitionId, UUID personId, Instant modifiedAfter, Instant modifiedBefore) {
        public static Scope petition(UUID id) {
            return new Scope(id, null, null, null);
        }

        public static Scope person(UUID id) {
            return new Scope(null, id, null, null);
        }

        public Scope modified(Instant after, Instant before) {
            return new Scope(petitionId, personId, after, before);
        }
    }

    private static final String SIGNER = """
            SELECT s.id, s.person_id, p.given_name, p.family_name, p.email, p.postal_code, p.locality, s.language,
            s.comment, s.listed, s.source, s.created_at FROM signatures s JOIN people p ON p.id = s.person_id
            WHERE s.workspace_id = ? AND s.petition_id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Signatures(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Signature> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM signatures WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Signatures::map).optional();
    }

    public Optional<Signature> findFor(UUID workspaceId, UUID petitionId, UUID personId) {
        return jdbc.sql("SELECT * FROM signatures WHERE workspace_id = ? AND petition_id = ? AND person_id = ?")
                .params(workspaceId, petitionId, personId).query(Signatures::map).optional();
    }

    /** Saves a new signature; the unique (petition, person) constraint refuses a second one. */
    Signature insert(UUID workspaceId, UUID petitionId, UUID personId, String language, String comment,
            boolean listed, String source, Instant at) {
        Signature s = new Signature(Ids.newId(), workspaceId, petitionId, personId, language, comment, listed,
                source, at, at);
        insertAll(List.of(s));
        return s;
    }

    /** Saves new signatures, given whole, with one statement for all of them. */
    void insertAll(List<Signature> signatures) {
        Rows.insert(template, """
                signatures (id, workspace_id, petition_id, person_id, language, comment, listed, source, created_at, \
                modified_at)""", signatures, s -> new Object[] {s.id(), s.workspaceId(), s.petitionId(), s.personId(),
                    s.language(), s.comment(), s.listed(), s.source(), Petitions.utc(s.createdAt()),
                    Petitions.utc(s.modifiedAt())});
    }

    public Signature changeComment(Signature s, String comment) {
        Instant now = Petitions.now();
        jdbc.sql("UPDATE signatures SET comment = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(comment, Petitions.utc(now), s.workspaceId(), s.id()).update();
        return new Signature(s.id(), s.workspaceId(), s.petitionId(), s.personId(), s.language(), comment,
                s.listed(), s.source(), s.createdAt(), now);
    }

    /** The exact count, read from the index; {@link SignatureCounts} keeps it for the pages that show it. */
    long countNow(UUID workspaceId, UUID petitionId) {
        return jdbc.sql("SELECT COUNT(*) FROM signatures WHERE workspace_id = ? AND petition_id = ?")
                .params(workspaceId, petitionId).query(Long.class).single();
    }

    /** Newest first, with the signers' details, for staff. */
    public List<Signer> newest(UUID workspaceId, UUID petitionId, long offset, int limit) {
        return jdbc.sql(SIGNER + " ORDER BY s.created_at DESC, s.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, petitionId, offset, limit).query(Signatures::signer).list();
    }

    /**
     * Every signer, oldest first, handed over a chunk at a time so that a petition of any size is read without
     * holding all of it in memory.
     */
    public void forEachSigner(UUID workspaceId, UUID petitionId, Consumer<Signer> each) {
        Signer last = null;
        while (true) {
            List<Signer> chunk = last == null
                    ? jdbc.sql(SIGNER + " ORDER BY s.created_at, s.id FETCH FIRST 2000 ROWS ONLY")
                            .params(workspaceId, petitionId).query(Signatures::signer).list()
                    : jdbc.sql(SIGNER + " AND (s.created_at > ? OR (s.created_at = ? AND s.id > ?))"
                                    + " ORDER BY s.created_at, s.id FETCH FIRST 2000 ROWS ONLY")
                            .params(workspaceId, petitionId, Petitions.utc(last.signedAt()),
                                    Petitions.utc(last.signedAt()), last.signatureId())
                            .query(Signatures::signer).list();
            chunk.forEach(each);
            if (chunk.size() < 2000) {
                return;
            }
            last = chunk.getLast();
        }
    }

    /** The newest signers who agreed to be listed publicly. */
    public List<PublicSigner> listed(UUID workspaceId, UUID petitionId, int limit) {
        return jdbc.sql("""
                SELECT p.given_name, p.locality, s.comment, s.created_at FROM signatures s
                JOIN people p ON p.id = s.person_id
                WHERE s.workspace_id = ? AND s.petition_id = ? AND s.listed = TRUE
                ORDER BY s.created_at DESC FETCH FIRST ? ROWS ONLY""")
                .params(workspaceId, petitionId, limit)
                .query((rs, n) -> new PublicSigner(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** In creation order, as the API pages them. */
    public List<Signature> page(UUID workspaceId, Scope scope, long offset, int limit) {
        List<Object> params = params(workspaceId, scope);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT * FROM signatures WHERE " + where(scope)
                        + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(Signatures::map).list();
    }

    public long count(UUID workspaceId, Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM signatures WHERE " + where(scope)).params(params(workspaceId, scope))
                .query(Long.class).single();
    }

    private static String where(Scope s) {
        return "workspace_id = ?" + (s.petitionId() == null ? "" : " AND petition_id = ?")
                + (s.personId() == null ? "" : " AND person_id = ?")
                + (s.modifiedAfter() == null ? "" : " AND modified_at >= ?")
                + (s.modifiedBefore() == null ? "" : " AND modified_at < ?");
    }

    private static List<Object> params(UUID workspaceId, Scope s) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        if (s.petitionId() != null) {
            params.add(s.petitionId());
        }
        if (s.personId() != null) {
            params.add(s.personId());
        }
        if (s.modifiedAfter() != null) {
            params.add(Petitions.utc(s.modifiedAfter()));
        }
        if (s.modifiedBefore() != null) {
            params.add(Petitions.utc(s.modifiedBefore()));
        }
        return params;
    }

    static Signature map(ResultSet rs, int row) throws SQLException {
        return new Signature(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("petition_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("language"), rs.getString("comment"), rs.getBoolean("listed"), rs.getString("source"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static Signer signer(ResultSet rs, int row) throws SQLException {
        return new Signer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getBoolean(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant());
    }
}
