package org.convoca.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's petitions with their texts. Every method is scoped to one workspace. */
@Repository
public class Petitions {

    /** Which petitions a page of the API shows: created or modified before or after a moment. */
    public record Window(Instant createdAfter, Instant createdBefore, Instant modifiedAfter, Instant modifiedBefore) {
        public static final Window ALL = new Window(null, null, null, null);
    }

    private static final String SELECT = "SELECT p.*, EXISTS (SELECT 1 FROM petition_images i "
            + "WHERE i.petition_id = p.id) AS has_image FROM petitions p WHERE p.workspace_id = ?";

    private final JdbcClient jdbc;
    private final PetitionChanges changes;

    Petitions(JdbcClient jdbc, PetitionChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public Optional<Petition> find(UUID workspaceId, UUID id) {
        return withTexts(jdbc.sql(SELECT + " AND p.id = ?")
                .params(workspaceId, id).query(Petitions::map).list()).stream().findFirst();
    }

    public Optional<Petition> findBySlug(UUID workspaceId, String slug) {
        return withTexts(jdbc.sql(SELECT + " AND p.slug = ?")
                .params(workspaceId, slug).query(Petitions::map).list()).stream().findFirst();
    }

    /** Newest first, for staff. */
    public List<Petition> newest(UUID workspaceId, long offset, int limit) {
        return withTexts(jdbc.sql(SELECT
                + " ORDER BY p.created_at DESC, p.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit)
                .query(Petitions::map).list());
    }

    /** In creation order, as the API pages them. */
    public List<Petition> page(UUID workspaceId, Window w, long offset, int limit) {
        return withTexts(jdbc.sql(SELECT + where(w)
                        + " ORDER BY p.created_at, p.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params(workspaceId, w)).param(offset).param(limit).query(Petitions::map).list());
    }

    public long count(UUID workspaceId, Window w) {
        return jdbc.sql("SELECT COUNT(*) FROM petitions WHERE workspace_id = ?" + where(w))
                .params(params(workspaceId, w)).query(Long.class).single();
    }

    /** Saves a new petition; the draft's id and dates are ignored, and its slug is made unique if taken. */
    @Transactional
    public Petition create(UUID workspaceId, Petition draft) {
        Instant now = now();
        Petition p = new Petition(Ids.newId(), workspaceId, freeSlug(workspaceId, draft.slug(), null),
                draft.status(), draft.target(), draft.goal(), draft.defaultLanguage(), draft.showSigners(),
                draft.hashtags(), draft.nextActionUrl(), draft.originSystem(), false, draft.texts(), now, now);
        check(p);
        jdbc.sql("""
                INSERT INTO petitions (slug, status, target, goal, default_language, show_signers, hashtags,
                next_action_url, origin_system, modified_at, id, workspace_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values(p)).param(utc(now)).update();
        writeTexts(p);
        changes.changed();
        return p;
    }

    /** Saves every field as given; a slug another petition of the workspace has is refused. */
    @Transactional
    public Petition update(Petition changed) {
        Petition p = new Petition(changed.id(), changed.workspaceId(), changed.slug(), changed.status(),
                changed.target(), changed.goal(), changed.defaultLanguage(), changed.showSigners(),
                changed.hashtags(), changed.nextActionUrl(), changed.originSystem(), changed.hasImage(),
                changed.texts(), changed.createdAt(), now());
        check(p);
        if (!freeSlug(p.workspaceId(), p.slug(), p.id()).equals(p.slug())) {
            throw new InvalidPetitionException(Map.of("slug", new PetitionLimits.Problem("slug-taken", 0)));
        }
        try {
            int rows = jdbc.sql("""
                    UPDATE petitions SET slug = ?, status = ?, target = ?, goal = ?, default_language = ?,
                    show_signers = ?, hashtags = ?, next_action_url = ?, origin_system = ?, modified_at = ?
                    WHERE id = ? AND workspace_id = ?""").params(values(p)).update();
            if (rows == 0) {
                throw new IllegalArgumentException("No such petition in this workspace: " + p.id());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidPetitionException(Map.of("slug", new PetitionLimits.Problem("slug-taken", 0)));
        }
        jdbc.sql("DELETE FROM petition_texts WHERE petition_id = ? AND workspace_id = ?")
                .params(p.id(), p.workspaceId()).update();
        writeTexts(p);
        changes.changed();
        return p;
    }

    public boolean setStatus(UUID workspaceId, UUID id, PetitionStatus status) {
        boolean changed = jdbc.sql("UPDATE petitions SET status = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(status.wire(), utc(now()), workspaceId, id).update() == 1;
        changes.changed();
        return changed;
    }

    /** The slug itself if no other petition of the workspace has it, else the first free "slug-2", "slug-3"... */
    String freeSlug(UUID workspaceId, String slug, UUID self) {
        String candidate = slug;
        for (int n = 2; taken(workspaceId, candidate, self); n++) {
            String suffix = "-" + n;
            candidate = (slug.length() + suffix.length() > PetitionLimits.SLUG
                    ? slug.substring(0, PetitionLimits.SLUG - suffix.length()) : slug) + suffix;
        }
        return candidate;
    }

    private boolean taken(UUID workspaceId, String slug, UUID self) {
        return jdbc.sql("SELECT id FROM petitions WHERE workspace_id = ? AND slug = ?").params(workspaceId, slug)
                .query(UUID.class).optional().filter(id -> !id.equals(self)).isPresent();
    }

    private static void check(Petition p) {
        Map<String, PetitionLimits.Problem> problems = PetitionLimits.problems(p);
        if (!problems.isEmpty()) {
            throw new InvalidPetitionException(problems);
        }
    }

    private void writeTexts(Petition p) {
        p.texts().forEach((language, t) -> jdbc.sql("""
                INSERT INTO petition_texts (petition_id, workspace_id, language, title, body, letter, consent_text,
                thanks_text, image_alt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.workspaceId(), language, t.title(), t.body(), t.letter(), t.consent(), t.thanks(),
                        t.imageAlt()).update());
    }

    private List<Petition> withTexts(List<Petition> petitions) {
        if (petitions.isEmpty()) {
            return petitions;
        }
        Map<UUID, Map<String, PetitionText>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM petition_texts WHERE workspace_id = :ws AND petition_id IN (:ids)")
                .param("ws", petitions.getFirst().workspaceId())
                .param("ids", petitions.stream().map(Petition::id).toList())
                .query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("petition_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new PetitionText(rs.getString("language"),
                                    rs.getString("title"), rs.getString("body"), rs.getString("letter"),
                                    rs.getString("consent_text"), rs.getString("thanks_text"),
                                    rs.getString("image_alt")));
                });
        List<Petition> result = new ArrayList<>(petitions.size());
        for (Petition p : petitions) {
            result.add(new Petition(p.id(), p.workspaceId(), p.slug(), p.status(), p.target(), p.goal(),
                    p.defaultLanguage(), p.showSigners(), p.hashtags(), p.nextActionUrl(), p.originSystem(),
                    p.hasImage(), texts.getOrDefault(p.id(), Map.of()), p.createdAt(), p.modifiedAt()));
        }
        return result;
    }

    private static String where(Window w) {
        return (w.createdAfter() == null ? "" : " AND created_at >= ?")
                + (w.createdBefore() == null ? "" : " AND created_at < ?")
                + (w.modifiedAfter() == null ? "" : " AND modified_at >= ?")
                + (w.modifiedBefore() == null ? "" : " AND modified_at < ?");
    }

    private static List<Object> params(UUID workspaceId, Window w) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        for (Instant i : new Instant[] {w.createdAfter(), w.createdBefore(), w.modifiedAfter(), w.modifiedBefore()}) {
            if (i != null) {
                params.add(utc(i));
            }
        }
        return params;
    }

    private static Object[] values(Petition p) {
        return new Object[] {p.slug(), p.status().wire(), p.target(), p.goal(), p.defaultLanguage(), p.showSigners(),
            p.hashtags(), p.nextActionUrl(), p.originSystem(), utc(p.modifiedAt()), p.id(), p.workspaceId()};
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Petition map(ResultSet rs, int row) throws SQLException {
        return new Petition(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), PetitionStatus.parse(rs.getString("status")).orElse(PetitionStatus.DRAFT),
                rs.getString("target"), rs.getInt("goal"), rs.getString("default_language"),
                rs.getBoolean("show_signers"), rs.getString("hashtags"), rs.getString("next_action_url"),
                rs.getString("origin_system"), rs.getBoolean("has_image"), Map.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
