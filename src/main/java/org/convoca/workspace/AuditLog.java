package org.convoca.workspace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who did what, when: sign-ins, exports, imports and bulk changes, for a workspace's owners to read.
 */
@Service
public class AuditLog {

    /** One line of the log. */
    public record Entry(long id, UUID workspaceId, String actor, String action, String detail, String ip,
            Instant at) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID workspaceId, UUID actorId, String actor, String action, String detail, String ip) {
        jdbc.sql("""
                INSERT INTO audit_log (workspace_id, actor_id, actor, action, detail, ip, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, actorId, clip(actor, 320), clip(action, 64), clip(detail, 2000), clip(ip, 64),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public void record(Staff staff, String action, String detail) {
        record(staff.workspaceId(), staff.accountId(), staff.email(), action, detail, null);
    }

    public List<Entry> recent(UUID workspaceId, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_log WHERE workspace_id = ? ORDER BY at DESC, id DESC
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
                .params(workspaceId, offset, limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("workspace_id", UUID.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail"), rs.getString("ip"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** How many times {@code action} was recorded for {@code actor} since {@code since}. */
    public long count(String actor, String action, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ? AND at >= ?")
                .params(action, actor, since.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    /** When {@code action} was last recorded for {@code actor}, if ever. */
    public Optional<Instant> latest(String actor, String action) {
        return jdbc.sql("SELECT MAX(at) FROM audit_log WHERE action = ? AND actor = ?").params(action, actor)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant);
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
