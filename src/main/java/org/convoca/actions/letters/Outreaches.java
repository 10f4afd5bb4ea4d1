package org.convoca.actions.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outreaches of each workspace's campaigns and their letters. Every method is scoped to one workspace. */
@Repository
public class Outreaches {

    /** Whose outreaches a query reads: one campaign's or one person's. */
    public record Scope(UUID campaignId, UUID personId) {
    }

    private final JdbcClient jdbc;

    Outreaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Outreach> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM outreaches WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Outreaches::map).optional();
    }

    Optional<Outreach> findFor(UUID workspaceId, UUID campaignId, UUID personId) {
        return jdbc.sql("SELECT * FROM outreaches WHERE workspace_id = ? AND campaign_id = ? AND person_id = ?")
                .params(workspaceId, campaignId, personId).query(Outreaches::map).optional();
    }

    Outreach insert(UUID workspaceId, UUID campaignId, UUID personId, String language, String subject,
            String message, String source, List<Target> targets, boolean deliver) {
        Instant now = LetterCampaigns.now();
        Outreach o = new Outreach(Ids.newId(), workspaceId, campaignId, personId, language, subject, message, source,
                now, now);
        jdbc.sql("""
                INSERT INTO outreaches (id, workspace_id, campaign_id, person_id, language, subject, message, source,
                created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), workspaceId, campaignId, personId, language, subject, message, source,
                        LetterCampaigns.utc(now), LetterCampaigns.utc(now)).update();
        for (Target t : targets) {
            jdbc.sql("""
                    INSERT INTO outreach_letters (outreach_id, target_id, workspace_id, target_name, target_title,
                    target_email, deliver) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(o.id(), t.id(), workspaceId, t.name(), t.title(), t.email(), deliver).update();
        }
        return o;
    }

    public List<OutreachLetter> letters(UUID workspaceId, UUID outreachId) {
        return jdbc.sql("""
                SELECT target_id, target_name, target_title, target_email, deliver, sent_at FROM outreach_letters
                WHERE workspace_id = ? AND outreach_id = ? ORDER BY target_name, target_id""")
                .params(workspaceId, outreachId).query((rs, n) -> {
                    OffsetDateTime sent = rs.getObject(6, OffsetDateTime.class);
                    return new OutreachLetter(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), sent == null ? null : sent.toInstant());
                }).list();
    }

    /** Marks one letter sent; false when it already was, so the caller must not send it again. */
    boolean claim(UUID workspaceId, UUID outreachId, UUID targetId) {
        return jdbc.sql("""
                UPDATE outreach_letters SET sent_at = ? WHERE workspace_id = ? AND outreach_id = ? AND target_id = ?
                AND sent_at IS NULL AND deliver = TRUE""")
                .params(LetterCampaigns.utc(LetterCampaigns.now()), workspaceId, outreachId, targetId).update() == 1;
    }

    public long count(UUID workspaceId, Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM outreaches WHERE " + where(scope)).params(params(workspaceId, scope))
                .query(Long.class).single();
    }

    /** How many letters of the campaign's outreaches went out. */
    public long lettersSent(UUID workspaceId, UUID campaignId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM outreach_letters l JOIN outreaches o ON o.id = l.outreach_id
                WHERE o.workspace_id = ? AND o.campaign_id = ? AND l.sent_at IS NOT NULL""")
                .params(workspaceId, campaignId).query(Long.class).single();
    }

    /** In creation order, as the API pages them. */
    public List<Outreach> page(UUID workspaceId, Scope scope, long offset, int limit) {
        List<Object> params = params(workspaceId, scope);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT * FROM outreaches WHERE " + where(scope)
                + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(params)
                .query(Outreaches::map).list();
    }

    /** Newest first, with the writers' details, for staff. */
    public List<Writer> newest(UUID workspaceId, UUID campaignId, long offset, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.person_id, p.given_name, p.family_name, p.email, p.postal_code, o.subject,
                (SELECT COUNT(*) FROM outreach_letters l WHERE l.outreach_id = o.id),
                (SELECT COUNT(*) FROM outreach_letters l WHERE l.outreach_id = o.id AND l.sent_at IS NOT NULL),
                o.created_at FROM outreaches o JOIN people p ON p.id = o.person_id
                WHERE o.workspace_id = ? AND o.campaign_id = ?
                ORDER BY o.created_at DESC, o.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
                .params(workspaceId, campaignId, offset, limit)
                .query((rs, n) -> new Writer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), rs.getInt(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static String where(Scope s) {
        return "workspace_id = ?" + (s.campaignId() == null ? "" : " AND campaign_id = ?")
                + (s.personId() == null ? "" : " AND person_id = ?");
    }

    private static List<Object> params(UUID workspaceId, Scope s) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        if (s.campaignId() != null) {
            params.add(s.campaignId());
        }
        if (s.personId() != null) {
            params.add(s.personId());
        }
        return params;
    }

    private static Outreach map(ResultSet rs, int row) throws SQLException {
        return new Outreach(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("language"), rs.getString("subject"), rs.getString("message"), rs.getString("source"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
