package org.convoca.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's reusable newsletter wrappers, and which one new mailings start with. */
@Repository
public class Wrappers {

    public static final int NAME = 200;
    public static final int HEADER = 200;
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

    /** The wrapper new mailings start with, if the workspace chose one. */
    public Optional<UUID> defaultId(UUID workspaceId) {
        return jdbc.sql("SELECT wrapper_id FROM mailing_default_wrappers WHERE workspace_id = ?").param(workspaceId)
                .query(UUID.class).optional();
    }

    /** Makes a wrapper of the workspace its default, or (with null) leaves new mailings plain. */
    @Transactional
    public void makeDefault(UUID workspaceId, UUID wrapperId) {
        if (wrapperId != null && find(workspaceId, wrapperId).isEmpty()) {
            throw new InvalidMailingException(Map.of("wrapper", "There is no such wrapper in this workspace."));
        }
        jdbc.sql("DELETE FROM mailing_default_wrappers WHERE workspace_id = ?").param(workspaceId).update();
        if (wrapperId != null) {
            jdbc.sql("INSERT INTO mailing_default_wrappers (workspace_id, wrapper_id) VALUES (?, ?)")
                    .params(workspaceId, wrapperId).update();
        }
    }

    /** What is wrong with a wrapper's fields, in English by field; empty when nothing is. */
    public Map<String, String> problems(UUID workspaceId, Wrapper w) {
        Map<String, String> p = new LinkedHashMap<>();
        String name = w.name().strip();
        if (name.isEmpty() || name.length() > NAME || controls(name, false)) {
            p.put("name", "A wrapper needs a name of 1 to " + NAME + " characters on one line.");
        }
        if (w.headerText().strip().length() > HEADER || controls(w.headerText(), false)) {
            p.put("header_text", "The header text can have at most " + HEADER + " characters, on one line.");
        }
        if (w.footerText().strip().length() > FOOTER || controls(w.footerText(), true)) {
            p.put("footer_text", "The footer note can have at most " + FOOTER + " characters.");
        }
        if (!COLOR.matcher(w.accentColor().strip()).matches()) {
            p.put("accent_color", "A color is written as # and six hexadecimal digits, like #0b6e4f.");
        }
        if (!COLOR.matcher(w.backgroundColor().strip()).matches()) {
            p.put("background_color", "A color is written as # and six hexadecimal digits, like #f4f5f7.");
        }
        if (w.logoImageId() != null && jdbc.sql("SELECT COUNT(*) FROM mailing_images WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, w.logoImageId()).query(Long.class).single() == 0) {
            p.put("logo", "The logo must be a picture uploaded to this workspace.");
        }
        return p;
    }

    /** Creates a wrapper, or saves the one with the draft's id. */
    public Wrapper save(UUID workspaceId, Wrapper draft) {
        Map<String, String> problems = problems(workspaceId, draft);
        if (!problems.isEmpty()) {
            throw new InvalidMailingException(problems);
        }
        String name = draft.name().strip();
        String header = draft.headerText().strip();
        String footer = draft.footerText().replace("\r\n", "\n").strip();
        String accent = draft.accentColor().strip().toLowerCase(java.util.Locale.ROOT);
        String background = draft.backgroundColor().strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = Mailings.now();
        UUID id = draft.id();
        if (id != null && find(workspaceId, id).isPresent()) {
            jdbc.sql("UPDATE mailing_wrappers SET name = ?, header_text = ?, logo_image_id = ?, accent_color = ?, "
                    + "background_color = ?, footer_text = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                    .params(name, header, draft.logoImageId(), accent, background, footer, Mailings.utc(now),
                            workspaceId, id).update();
        } else {
            id = Ids.newId();
            jdbc.sql("INSERT INTO mailing_wrappers (id, workspace_id, name, header_text, logo_image_id, accent_color, "
                    + "background_color, footer_text, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, workspaceId, name, header, draft.logoImageId(), accent, background, footer,
                            Mailings.utc(now), Mailings.utc(now)).update();
        }
        return find(workspaceId, id).orElseThrow();
    }

    /** Deletes a wrapper no mailing on its way out uses; drafts that used it become plain. */
    public boolean delete(UUID workspaceId, UUID id) {
        if (jdbc.sql("SELECT COUNT(*) FROM mailings WHERE workspace_id = ? AND wrapper_id = ? "
                + "AND status IN ('scheduled', 'sending', 'paused')").params(workspaceId, id).query(Long.class)
                .single() > 0) {
            throw new InvalidMailingException(Map.of("wrapper.used", "A mailing that is scheduled or being sent "
                    + "uses this wrapper: it can be deleted once that mailing has gone out."));
        }
        return jdbc.sql("DELETE FROM mailing_wrappers WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .update() > 0;
    }

    private static boolean controls(String text, boolean newlines) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && !(newlines && (c == '\n' || c == '\r')));
    }

    private static Wrapper map(ResultSet rs, int row) throws SQLException {
        return new Wrapper(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getString("header_text"), rs.getObject("logo_image_id", UUID.class),
                rs.getString("accent_color"), rs.getString("background_color"), rs.getString("footer_text"),
                Mailings.instant(rs, "created_at"), Mailings.instant(rs, "modified_at"));
    }
}
