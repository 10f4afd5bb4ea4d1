package org.convoca.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which partner workspaces co-host which events, and the opt-ins they received. The event's workspace decides
 * who co-hosts; a partner only ever reads its own opt-ins and counts.
 */
@Repository
public class CoHosts {

    /** More boxes than this would make a form nobody reads. */
    public static final int MAX = 10;

    private final JdbcClient jdbc;

    CoHosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event's co-hosts by name, with their opt-in counts. */
    public List<CoHost> of(UUID workspaceId, UUID eventId) {
        return jdbc.sql("""
                SELECT w.id, w.slug, w.name, (SELECT COUNT(*) FROM event_cohost_optins o
                    WHERE o.workspace_id = c.partner_id AND o.event_id = c.event_id) AS opt_ins
                FROM event_cohosts c JOIN workspaces w ON w.id = c.partner_id
                WHERE c.workspace_id = ? AND c.event_id = ? ORDER BY w.name, w.id""")
                .params(workspaceId, eventId)
                .query((rs, n) -> new CoHost(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    /**
     * Adds a co-host; adding one twice changes nothing.
     *
     * @throws IllegalArgumentException for the event's own workspace, or when it has {@link #MAX} co-hosts
     */
    public void add(UUID workspaceId, UUID eventId, UUID partnerId) {
        if (workspaceId.equals(partnerId)) {
            throw new IllegalArgumentException("A workspace cannot co-host its own event.");
        }
        List<UUID> now = jdbc.sql("SELECT partner_id FROM event_cohosts WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(UUID.class).list();
        if (now.contains(partnerId)) {
            return;
        }
        if (now.size() >= MAX) {
            throw new IllegalArgumentException("An event has at most " + MAX + " co-hosts.");
        }
        jdbc.sql("INSERT INTO event_cohosts (event_id, workspace_id, partner_id, created_at) VALUES (?, ?, ?, ?)")
                .params(eventId, workspaceId, partnerId, Events.utc(Events.now())).update();
    }

    /** Stops the partner's co-hosting; the people who already opted in stay theirs. */
    public boolean remove(UUID workspaceId, UUID eventId, UUID partnerId) {
        return jdbc.sql("DELETE FROM event_cohosts WHERE workspace_id = ? AND event_id = ? AND partner_id = ?")
                .params(workspaceId, eventId, partnerId).update() == 1;
    }

    /** The events of other workspaces that this one co-hosts, latest first, with its own opt-in counts. */
    public List<CoHostedEvent> hostedBy(UUID partnerId, int limit) {
        return jdbc.sql("""
                SELECT e.id, t.title, w.name, w.slug, e.slug, e.starts_at,
                    (SELECT COUNT(*) FROM event_registrations r WHERE r.workspace_id = e.workspace_id
                        AND r.event_id = e.id AND r.status = 'registered') AS registered,
                    (SELECT COUNT(*) FROM event_cohost_optins o WHERE o.workspace_id = c.partner_id
                        AND o.event_id = e.id) AS opt_ins
                FROM event_cohosts c JOIN events e ON e.id = c.event_id AND e.workspace_id = c.workspace_id
                JOIN workspaces w ON w.id = e.workspace_id
                LEFT JOIN event_texts t ON t.event_id = e.id AND t.language = e.default_language
                WHERE c.partner_id = ? ORDER BY e.starts_at DESC, e.id FETCH FIRST ? ROWS ONLY""")
                .params(partnerId, limit)
                .query((rs, n) -> new CoHostedEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /** Records that the partner's person opted in on this event; a second opt-in changes nothing. */
    boolean recordOptIn(UUID partnerId, UUID eventId, UUID partnerPersonId, Instant at) {
        Long existing = jdbc.sql("""
                SELECT COUNT(*) FROM event_cohost_optins WHERE workspace_id = ? AND event_id = ? AND person_id = ?""")
                .params(partnerId, eventId, partnerPersonId).query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO event_cohost_optins (workspace_id, event_id, person_id, created_at) VALUES (?, ?, ?, ?)")
                .params(partnerId, eventId, partnerPersonId, Events.utc(at)).update();
        return true;
    }
}
