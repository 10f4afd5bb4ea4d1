package org.convoca.events;

import org.convoca.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two people are merged, the removed one's registrations, attendance, save-the-date requests, co-host
 * opt-ins and the record of mail already sent move to the kept one, inside the merge's transaction. Where both
 * have a row for the same thing, the kept one's stays, so a seat, a check-in or a sent reminder counts once and
 * no reminder goes out twice. Without this, deleting the removed person would take their rows with them.
 */
@Component
class EventRowsOnMerge {

    /** Each table keeping rows about people, with the columns that, beside the person, make a row unique. */
    private static final String[][] TABLES = {
        {"event_registrations", "event_id"},
        {"event_attendance", "event_id"},
        {"event_notify_requests", "event_id"},
        {"event_cohost_optins", "event_id"},
        {"event_mail_log", "event_id", "kind"},
        {"event_followup_deliveries", "followup_id"},
        {"event_hostings", "event_id"},
    };

    private final JdbcClient jdbc;

    EventRowsOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PeopleMerged e) {
        for (String[] t : TABLES) {
            StringBuilder same = new StringBuilder();
            for (int i = 1; i < t.length; i++) {
                same.append(" AND k.").append(t[i]).append(" = d.").append(t[i]);
            }
            jdbc.sql("DELETE FROM " + t[0] + " d WHERE d.workspace_id = ? AND d.person_id = ? AND EXISTS (SELECT 1 FROM "
                    + t[0] + " k WHERE k.workspace_id = ? AND k.person_id = ?" + same + ")")
                    .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
            jdbc.sql("UPDATE " + t[0] + " SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                    .params(e.keptId(), e.workspaceId(), e.removedId()).update();
        }
    }
}
