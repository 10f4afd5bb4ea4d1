package org.convoca.actions;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each petition's image, kept in the database and served by Convoca itself, so that a public page loads
 * nothing from anyone else. Only PNG, JPEG, GIF and WebP are taken, recognized by their first bytes.
 */
@Repository
public class PetitionImages {

    /** An image as it is served. */
    public record Image(String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final PetitionChanges changes;

    PetitionImages(JdbcClient jdbc, PetitionChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The image's type, from its first bytes; empty when it is none of the four accepted kinds. */
    public static Optional<String> typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** Replaces the petition's image; refuses what is too big or not an image. */
    @Transactional
    public void save(UUID workspaceId, UUID petitionId, byte[] content) {
        String type = typeOf(content).orElseThrow(() -> new IllegalArgumentException("not an image"));
        if (content.length > PetitionLimits.IMAGE_BYTES) {
            throw new IllegalArgumentException("image too large");
        }
        remove(workspaceId, petitionId);
        jdbc.sql("""
                INSERT INTO petition_images (petition_id, workspace_id, content_type, content, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(petitionId, workspaceId, type, content, Petitions.utc(Petitions.now())).update();
        changes.changed();
    }

    public void remove(UUID workspaceId, UUID petitionId) {
        jdbc.sql("DELETE FROM petition_images WHERE workspace_id = ? AND petition_id = ?")
                .params(workspaceId, petitionId).update();
        changes.changed();
    }

    public Optional<Image> find(UUID workspaceId, UUID petitionId) {
        return jdbc.sql("SELECT content_type, content FROM petition_images WHERE workspace_id = ? AND petition_id = ?")
                .params(workspaceId, petitionId)
                .query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2))).optional();
    }
}
