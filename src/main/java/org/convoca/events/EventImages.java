package org.convoca.events;

import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.ImageTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each event's image, kept in the database and served by Convoca itself, so that a public page loads nothing
 * from anyone else. Only the kinds {@link ImageTypes} recognizes are taken, up to {@link #MAX_BYTES}.
 */
@Repository
public class EventImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** An image as it is served. */
    public record Image(String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    EventImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the event's image.
     *
     * @throws IllegalArgumentException when it is too big or not one of the accepted kinds
     */
    @Transactional
    public void save(UUID workspaceId, UUID eventId, byte[] content) {
        String type = ImageTypes.of(content).orElseThrow(() -> new IllegalArgumentException("not an image"));
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("image too large");
        }
        remove(workspaceId, eventId);
        jdbc.sql("""
                INSERT INTO event_images (event_id, workspace_id, content_type, content, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(eventId, workspaceId, type, content, Events.utc(Events.now())).update();
    }

    public void remove(UUID workspaceId, UUID eventId) {
        jdbc.sql("DELETE FROM event_images WHERE workspace_id = ? AND event_id = ?").params(workspaceId, eventId)
                .update();
    }

    public Optional<Image> find(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT content_type, content FROM event_images WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId)
                .query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2))).optional();
    }
}
