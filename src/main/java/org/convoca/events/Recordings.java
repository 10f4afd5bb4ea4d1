package org.convoca.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recording link staff publish after an event. The public event page shows {@link #linkFor} when present:
 * only http(s) addresses are ever stored, so the page may put it in an {@code href} as it is.
 */
@Repository
public class Recordings {

    private final JdbcClient jdbc;

    Recordings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published recording of the event, if any. */
    public Optional<String> linkFor(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT url FROM event_recordings WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(String.class).optional();
    }

    /**
     * Publishes or replaces the link.
     *
     * @throws IllegalArgumentException if it is not an http(s) address of at most {@link EventLimits#URL} characters
     */
    @Transactional
    public void publish(UUID workspaceId, UUID eventId, String url) {
        String u = EventLimits.clean(url);
        if (!EventLimits.isWebAddress(u) || u.length() > EventLimits.URL) {
            throw new IllegalArgumentException("Not a web address: " + u);
        }
        remove(workspaceId, eventId);
        jdbc.sql("INSERT INTO event_recordings (event_id, workspace_id, url, published_at) VALUES (?, ?, ?, ?)")
                .params(eventId, workspaceId, u, Events.utc(Instant.now())).update();
    }

    public boolean remove(UUID workspaceId, UUID eventId) {
        return jdbc.sql("DELETE FROM event_recordings WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).update() > 0;
    }
}
