package org.convoca.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each person was sent about each event. A row is written in the transaction that hands the message over;
 * its primary key stops a second run, on this node or another, from sending the same message again.
 */
@Repository
public class MailLog {

    private final JdbcClient jdbc;

    MailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wasSent(UUID workspaceId, UUID eventId, UUID personId, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM event_mail_log WHERE workspace_id = ? AND event_id = ? AND person_id = ? "
                + "AND kind = ?").params(workspaceId, eventId, personId, key).query(Long.class).single() > 0;
    }

    /** Records the message; a concurrent run that recorded it first makes this throw, and so roll back its send. */
    public void record(UUID workspaceId, UUID eventId, UUID personId, String key) {
        jdbc.sql("INSERT INTO event_mail_log (workspace_id, event_id, person_id, kind, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(workspaceId, eventId, personId, key, Events.utc(Instant.now())).update();
    }

    /** How many people got this message, for staff and tests. */
    long count(UUID workspaceId, UUID eventId, String keyPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM event_mail_log WHERE workspace_id = ? AND event_id = ? AND kind LIKE ?")
                .params(workspaceId, eventId, keyPrefix + "%").query(Long.class).single();
    }
}
