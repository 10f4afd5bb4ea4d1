package org.convoca.actions.forms;

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
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's forms with their texts and questions. Every method is scoped to one workspace. */
@Repository
public class Forms {

    private final JdbcClient jdbc;
    private final FormQuestions questions;

    Forms(JdbcClient jdbc, FormQuestions questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    public Optional<Form> find(UUID workspaceId, UUID id) {
        return complete(jdbc.sql("SELECT * FROM forms WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Forms::map).list()).stream().findFirst();
    }

    public Optional<Form> findBySlug(UUID workspaceId, String slug) {
        return complete(jdbc.sql("SELECT * FROM forms WHERE workspace_id = ? AND slug = ?").params(workspaceId, slug)
                .query(Forms::map).list()).stream().findFirst();
    }

    /** Newest first, for staff. */
    public List<Form> newest(UUID workspaceId, long offset, int limit) {
        return complete(jdbc.sql("SELECT * FROM forms WHERE workspace_id = ? ORDER BY created_at DESC, id DESC "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit).query(Forms::map).list());
    }

    /** In creation order, as the API pages them; {@code modifiedAfter} and {@code modifiedBefore} may be null. */
    public List<Form> page(UUID workspaceId, Instant modifiedAfter, Instant modifiedBefore, long offset, int limit) {
        List<Object> params = window(workspaceId, modifiedAfter, modifiedBefore);
        params.add(offset);
        params.add(limit);
        return complete(jdbc.sql("SELECT * FROM forms WHERE " + where(modifiedAfter, modifiedBefore)
                + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(params).query(Forms::map)
                .list());
    }

    public long count(UUID workspaceId, Instant modifiedAfter, Instant modifiedBefore) {
        return jdbc.sql("SELECT COUNT(*) FROM forms WHERE " + where(modifiedAfter, modifiedBefore))
                .params(window(workspaceId, modifiedAfter, modifiedBefore)).query(Long.class).single();
    }

    /** Saves a new form without questions; its slug is made unique if taken. */
    @Transactional
    public Form create(UUID workspaceId, Form draft) {
        Instant now = now();
        Form f = new Form(Ids.newId(), workspaceId, freeSlug(workspaceId, draft.slug(), null), draft.status(),
                draft.defaultLanguage(), draft.nextActionUrl(), draft.originSystem(), draft.texts(), List.of(), now,
                now);
        check(f);
        jdbc.sql("""
                INSERT INTO forms (slug, status, default_language, next_action_url, origin_system, modified_at, id,
                workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values(f)).param(utc(now))
                .update();
        writeTexts(f);
        return f;
    }

    /** Saves the form's own fields and texts; its questions are changed through {@link FormQuestions}. */
    @Transactional
    public Form update(Form changed) {
        Form f = new Form(changed.id(), changed.workspaceId(), changed.slug(), changed.status(),
                changed.defaultLanguage(), changed.nextActionUrl(), changed.originSystem(), changed.texts(),
                changed.questions(), changed.createdAt(), now());
        check(f);
        if (!freeSlug(f.workspaceId(), f.slug(), f.id()).equals(f.slug())) {
            throw new InvalidFormException(Map.of("slug", new PetitionLimits.Problem("slug-taken", 0)));
        }
        try {
            if (jdbc.sql("""
                    UPDATE forms SET slug = ?, status = ?, default_language = ?, next_action_url = ?, origin_system = ?,
                    modified_at = ? WHERE id = ? AND workspace_id = ?""").params(values(f)).update() == 0) {
                throw new IllegalArgumentException("No such form in this workspace: " + f.id());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidFormException(Map.of("slug", new PetitionLimits.Problem("slug-taken", 0)));
        }
        jdbc.sql("DELETE FROM form_texts WHERE form_id = ? AND workspace_id = ?").params(f.id(), f.workspaceId())
                .update();
        writeTexts(f);
        return f;
    }

    public boolean setStatus(UUID workspaceId, UUID id, PetitionStatus status) {
        return jdbc.sql("UPDATE forms SET status = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(status.wire(), utc(now()), workspaceId, id).update() == 1;
    }

    private String freeSlug(UUID workspaceId, String slug, UUID self) {
        String candidate = slug;
        for (int n = 2; taken(workspaceId, candidate, self); n++) {
            String suffix = "-" + n;
            candidate = (slug.length() + suffix.length() > PetitionLimits.SLUG
                    ? slug.substring(0, PetitionLimits.SLUG - suffix.length()) : slug) + suffix;
        }
        return candidate;
    }

    private boolean taken(UUID workspaceId, String slug, UUID self) {
        return jdbc.sql("SELECT id FROM forms WHERE workspace_id = ? AND slug = ?").params(workspaceId, slug)
                .query(UUID.class).optional().filter(id -> !id.equals(self)).isPresent();
    }

    private static void check(Form f) {
        Map<String, PetitionLimits.Problem> problems = FormLimits.problems(f);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
    }

    private void writeTexts(Form f) {
        f.texts().forEach((language, t) -> jdbc.sql("""
                INSERT INTO form_texts (form_id, workspace_id, language, title, body, consent_text, thanks_text)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.workspaceId(), language, t.title(), t.body(), t.consent(), t.thanks()).update());
    }

    private List<Form> complete(List<Form> forms) {
        if (forms.isEmpty()) {
            return forms;
        }
        UUID ws = forms.getFirst().workspaceId();
        List<UUID> ids = forms.stream().map(Form::id).toList();
        Map<UUID, Map<String, FormText>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM form_texts WHERE workspace_id = :ws AND form_id IN (:ids)").param("ws", ws)
                .param("ids", ids).query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("form_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new FormText(rs.getString("language"),
                                    rs.getString("title"), rs.getString("body"), rs.getString("consent_text"),
                                    rs.getString("thanks_text")));
                });
        Map<UUID, List<Question>> qs = questions.of(ws, ids);
        List<Form> result = new ArrayList<>(forms.size());
        for (Form f : forms) {
            result.add(new Form(f.id(), f.workspaceId(), f.slug(), f.status(), f.defaultLanguage(),
                    f.nextActionUrl(), f.originSystem(), texts.getOrDefault(f.id(), Map.of()),
                    qs.getOrDefault(f.id(), List.of()), f.createdAt(), f.modifiedAt()));
        }
        return result;
    }

    private static String where(Instant after, Instant before) {
        return "workspace_id = ?" + (after == null ? "" : " AND modified_at >= ?")
                + (before == null ? "" : " AND modified_at < ?");
    }

    private static List<Object> window(UUID workspaceId, Instant after, Instant before) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        if (after != null) {
            params.add(utc(after));
        }
        if (before != null) {
            params.add(utc(before));
        }
        return params;
    }

    private static Object[] values(Form f) {
        return new Object[] {f.slug(), f.status().wire(), f.defaultLanguage(), f.nextActionUrl(), f.originSystem(),
            utc(f.modifiedAt()), f.id(), f.workspaceId()};
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Form map(ResultSet rs, int row) throws SQLException {
        return new Form(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), PetitionStatus.parse(rs.getString("status")).orElse(PetitionStatus.DRAFT),
                rs.getString("default_language"), rs.getString("next_action_url"), rs.getString("origin_system"),
                Map.of(), List.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
