package org.convoca.mailings;

import java.util.UUID;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a workspace tracks opens and clicks in its newsletters: off until someone turns it on. A mailing keeps
 * the setting in force when it starts sending, so changing it mid-send changes nothing for that mailing.
 */
@Service
public class Tracking {

    private final JdbcClient jdbc;
    private final Clicks clicks;
    private final Preparer preparer;
    private final AuditLog audit;

    Tracking(JdbcClient jdbc, Clicks clicks, Preparer preparer, AuditLog audit) {
        this.jdbc = jdbc;
        this.clicks = clicks;
        this.preparer = preparer;
        this.audit = audit;
    }

    public boolean on(UUID workspaceId) {
        return jdbc.sql("SELECT enabled FROM newsletter_tracking WHERE workspace_id = ?").param(workspaceId)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Turns tracking on or off for the mailings that start from now on, and says so in the audit log. Two people
     * saving at once both succeed; the later one counts.
     */
    public void set(Staff staff, boolean enabled) {
        Object now = Mailings.utc(Mailings.now());
        if (update(staff, enabled, now) == 0) {
            try {
                jdbc.sql("INSERT INTO newsletter_tracking (workspace_id, enabled, changed_by, changed_at) "
                        + "VALUES (?, ?, ?, ?)").params(staff.workspaceId(), enabled, staff.accountId(), now).update();
            } catch (DuplicateKeyException savedAtTheSameMoment) {
                update(staff, enabled, now);
            }
        }
        audit.record(staff, "mailings.tracking", enabled ? "on" : "off");
    }

    private int update(Staff staff, boolean enabled, Object now) {
        return jdbc.sql("UPDATE newsletter_tracking SET enabled = ?, changed_by = ?, changed_at = ? "
                + "WHERE workspace_id = ?").params(enabled, staff.accountId(), now, staff.workspaceId()).update();
    }

    /** Whether the mailing was tracked: fixed when it started sending. */
    public boolean tracked(UUID workspaceId, UUID mailingId) {
        return clicks.tracked(workspaceId, mailingId);
    }

    /** Called as a mailing starts: when the workspace tracks, the mailing is marked so and its links kept. */
    void fix(Mailing m) {
        if (on(m.workspaceId())) {
            clicks.track(m.workspaceId(), m.id(), preparer.prepare(m, true).tracked().urls());
        }
    }
}
