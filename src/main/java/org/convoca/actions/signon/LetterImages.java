package org.convoca.actions.signon;

import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.PetitionImages;
import org.convoca.actions.PetitionLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each letter's image, kept in the database and served by Convoca itself like a petition's, with the same kinds
 * and size taken.
 */
@Repository
public class LetterImages {

    private final JdbcClient jdbc;

    LetterImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the letter's image; refuses what is too big or not an image. */
    @Transactional
    public void save(UUID workspaceId, UUID letterId, byte[] content) {
        String type = PetitionImages.typeOf(content).orElseThrow(() -> new IllegalArgumentException("not an image"));
        if (content.length > PetitionLimits.IMAGE_BYTES) {
            throw new IllegalArgumentException("image too large");
        }
        remove(workspaceId, letterId);
        jdbc.sql("""
                INSERT INTO signon_letter_images (letter_id, workspace_id, content_type, content, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(letterId, workspaceId, type, content, SignonLetters.utc(SignonLetters.now())).update();
    }

    public void remove(UUID workspaceId, UUID letterId) {
        jdbc.sql("DELETE FROM signon_letter_images WHERE workspace_id = ? AND letter_id = ?")
                .params(workspaceId, letterId).update();
    }

    public boolean exists(UUID workspaceId, UUID letterId) {
        return jdbc.sql("SELECT COUNT(*) FROM signon_letter_images WHERE workspace_id = ? AND letter_id = ?")
                .params(workspaceId, letterId).query(Long.class).single() > 0;
    }

    public Optional<PetitionImages.Image> find(UUID workspaceId, UUID letterId) {
        return jdbc.sql("""
                SELECT content_type, content FROM signon_letter_images WHERE workspace_id = ? AND letter_id = ?""")
                .params(workspaceId, letterId)
                .query((rs, n) -> new PetitionImages.Image(rs.getString(1), rs.getBytes(2))).optional();
    }
}
