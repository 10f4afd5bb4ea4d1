package org.convoca.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All workspaces of this installation. */
@Repository
public class Workspaces {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final JdbcClient jdbc;

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM workspaces").query(Long.class).single() > 0;
    }

    public Optional<Workspace> findById(UUID id) {
        return jdbc.sql("SELECT * FROM workspaces WHERE id = ?").param(id).query(Workspaces::map).optional();
    }

    public Optional<Workspace> findBySlug(String slug) {
        return jdbc.sql("SELECT * FROM workspaces WHERE slug = ?").param(slug).query(Workspaces::map).optional();
    }

    public List<Workspace> all() {
        return jdbc.sql("SELECT * FROM workspaces ORDER BY name").query(Workspaces::map).list();
    }

    /** Creates a workspace; the caller has checked that the slug is valid and free. */
    public Workspace create(String slug, String name) {
        Workspace w = new Workspace(Ids.newId(), slug, name, "", "en", "America/Chicago", name, "",
                Instant.now());
        jdbc.sql("INSERT INTO workspaces (id, slug, name, sender_name, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(w.id(), w.slug(), w.name(), w.senderName(), utc(w.createdAt())).update();
        return w;
    }

    public void update(Workspace w) {
        jdbc.sql("""
                UPDATE workspaces SET slug = ?, name = ?, postal_address = ?, default_language = ?, time_zone = ?,
                sender_name = ?, sender_email = ? WHERE id = ?""")
                .params(w.slug(), w.name(), w.postalAddress(), w.defaultLanguage(), w.timeZone(), w.senderName(),
                        w.senderEmail(), w.id())
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Workspace map(ResultSet rs, int row) throws SQLException {
        return new Workspace(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
                rs.getString("postal_address"), rs.getString("default_language"), rs.getString("time_zone"),
                rs.getString("sender_name"), rs.getString("sender_email"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
