package org.convoca.mailings;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pictures uploaded for newsletters. Only PNG, JPEG, GIF and WebP, recognized by their first bytes rather than by
 * what the upload claims, so nothing else (an SVG with a script, an HTML page) is ever served from here.
 */
@Repository
public class MailingImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A stored picture. */
    public record Image(String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    MailingImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID store(UUID workspaceId, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidMailingException(Map.of("image", "A picture must be a file of at most "
                    + MAX_BYTES / 1024 / 1024 + " MB."));
        }
        String type = typeOf(content);
        if (type == null) {
            throw new InvalidMailingException(Map.of("image", "A picture must be a PNG, JPEG, GIF or WebP file."));
        }
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO mailing_images (id, workspace_id, content_type, content, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(id, workspaceId, type, content, Mailings.utc(Mailings.now())).update();
        return id;
    }

    /** A picture of the workspace with this slug; pictures are public, since every reader's mail program fetches them. */
    public Optional<Image> find(String workspaceSlug, UUID id) {
        return jdbc.sql("SELECT i.content_type, i.content FROM mailing_images i JOIN workspaces w "
                        + "ON w.id = i.workspace_id WHERE w.slug = ? AND i.id = ?")
                .params(workspaceSlug, id)
                .query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2))).optional();
    }

    static String typeOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
