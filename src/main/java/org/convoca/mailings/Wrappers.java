package org.convoca.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each workspace's reusable newsletter wrappers. */
@Repository
public class Wrappers {

    public static final int FOOTER = 2000;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final JdbcClient jdbc;

    Wrappers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Wrapper> all(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM mailing_wrappers WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS "
                + "FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit).query(Wrappers::map).list();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM mailing_wrappers WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    public Optional<Wrapper> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM mailing_wrappers WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Wrappers::map).optional();
    }

    /** Creates a wrapper, or saves the one with the draft's id. */
    public Wrapper save(UUID workspaceId, Wrapper draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        String header = draft.headerText() == null ? "" : draft.headerText().strip();
        String footer = draft.footerText() == null ? "" : draft.footerText().strip();
        String color = draft.accentColor() == null || draft.accentColor().isBlank() ? Wrapper.DEFAULT_ACCENT
                : draft.accentColor().strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("\n")) {
            throw new InvalidMailingException(Map.of("name", "A wrapper needs a name of 1 to 200 characters."));
        }
        if (header.length() > 200 || header.contains("\n")) {
            throw new InvalidMailingException(Map.of("header_text", "The header can have at most 200 characters."));
        }
        if (footer.length() > FOOTER) {
            throw new InvalidMailingException(Map.of("footer_text", "The footer note can have at most " + FOOTER
                    + " characters."));
        }
        if (!COLOR.matcher(color).matches()) {
            throw new InvalidMailingException(Map.of("accent_color", "A color is written like #0b6e4f."));
        }
        Instant now = Mailings.now();
        UUID id = draft.id();
        if (id != null && find(workspaceId, id).isPresent()) {
            jdbc.sql("UPDATE mailing_wrappers SET name = ?, header_text = ?, logo_image_id = ?, accent_color = ?, "
                    + "footer_text = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                    .params(name, header, draft.logoImageId(), color, footer, Mailings.utc(now), workspaceId, id)
                    .update();
        } else {
            id = Ids.newId();
            jdbc.sql("INSERT INTO mailing_wrappers (id, workspace_id, name, header_text, logo_image_id, accent_color, "
                    + "footer_text, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, workspaceId, name, header, draft.logoImageId(), color, footer, Mailings.utc(now),
                            Mailings.utc(now)).update();
        }
        return find(workspaceId, id).orElseThrow();
    }

    private static Wrapper map(ResultSet rs, int row) throws SQLException {
        return new Wrapper(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getString("header_text"), rs.getObject("logo_image_id", UUID.class),
                rs.getString("accent_color"), rs.getString("footer_text"), Mailings.instant(rs, "created_at"),
                Mailings.instant(rs, "modified_at"));
    }
}
