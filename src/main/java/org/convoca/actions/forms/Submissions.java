package org.convoca.actions.forms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submissions of each workspace's forms and their answers. Every method is scoped to one workspace. */
@Repository
public class Submissions {

    /** Whose submissions a query reads: one form's or one person's. */
    public record Scope(UUID formId, UUID personId, Instant modifiedAfter, Instant modifiedBefore) {
        public static Scope form(UUID id) {
            return new Scope(id, null, null, null);
        }

        public static Scope person(UUID id) {
            return new Scope(null, id, null, null);
        }

        public Scope modified(Instant after, Instant before) {
            return new Scope(formId, personId, after, before);
        }
    }

    private static final int CHUNK = 1000;
    private static final String SUBMITTER = """
            SELECT s.id, s.person_id, p.given_name, p.family_name, p.email, p.postal_code, s.language, s.source,
            s.created_at FROM form_submissions s JOIN people p ON p.id = s.person_id
            WHERE s.workspace_id = ? AND s.form_id = ?""";

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Submission> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM form_submissions WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Submissions::map).optional();
    }

    Optional<Submission> findFor(UUID workspaceId, UUID formId, UUID personId) {
        return jdbc.sql("SELECT * FROM form_submissions WHERE workspace_id = ? AND form_id = ? AND person_id = ?")
                .params(workspaceId, formId, personId).query(Submissions::map).optional();
    }

    Submission insert(UUID workspaceId, UUID formId, UUID personId, String language, String source) {
        Instant now = Forms.now();
        Submission s = new Submission(Ids.newId(), workspaceId, formId, personId, language, source, now, now);
        jdbc.sql("""
                INSERT INTO form_submissions (id, workspace_id, form_id, person_id, language, source, created_at,
                modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), workspaceId, formId, personId, language, source, Forms.utc(now), Forms.utc(now))
                .update();
        return s;
    }

    /** Writes answers; {@code overwrite} false keeps every answer already given and only adds missing ones. */
    int saveAnswers(Submission s, Map<UUID, String> answers, boolean overwrite) {
        Map<UUID, String> old = answers(s.workspaceId(), s.id());
        int written = 0;
        for (Map.Entry<UUID, String> a : answers.entrySet()) {
            String before = old.get(a.getKey());
            if (before == null) {
                jdbc.sql("INSERT INTO form_answers (submission_id, question_id, workspace_id, answer) "
                        + "VALUES (?, ?, ?, ?)")
                        .params(s.id(), a.getKey(), s.workspaceId(), a.getValue()).update();
                written++;
            } else if (overwrite && !before.equals(a.getValue())) {
                jdbc.sql("UPDATE form_answers SET answer = ? WHERE workspace_id = ? AND submission_id = ? "
                        + "AND question_id = ?").params(a.getValue(), s.workspaceId(), s.id(), a.getKey()).update();
                written++;
            }
        }
        if (written > 0) {
            jdbc.sql("UPDATE form_submissions SET modified_at = ? WHERE workspace_id = ? AND id = ?")
                    .params(Forms.utc(Forms.now()), s.workspaceId(), s.id()).update();
        }
        return written;
    }

    public Map<UUID, String> answers(UUID workspaceId, UUID submissionId) {
        Map<UUID, String> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer FROM form_answers WHERE workspace_id = ? AND submission_id = ?")
                .params(workspaceId, submissionId)
                .query((ResultSet rs) -> {
                    answers.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return answers;
    }

    public long count(UUID workspaceId, Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM form_submissions WHERE " + where(scope))
                .params(params(workspaceId, scope)).query(Long.class).single();
    }

    /** In creation order, as the API pages them. */
    public List<Submission> page(UUID workspaceId, Scope scope, long offset, int limit) {
        List<Object> params = params(workspaceId, scope);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("SELECT * FROM form_submissions WHERE " + where(scope)
                + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(params)
                .query(Submissions::map).list();
    }

    /** Newest first, with the people's details and answers, for staff. */
    public List<Submitter> newest(UUID workspaceId, UUID formId, long offset, int limit) {
        return withAnswers(workspaceId, jdbc.sql(SUBMITTER + " ORDER BY s.created_at DESC, s.id DESC OFFSET ? ROWS "
                + "FETCH NEXT ? ROWS ONLY").params(workspaceId, formId, offset, limit).query(Submissions::submitter)
                .list());
    }

    /** Every submission, oldest first, a chunk at a time, so a form of any size is exported in little memory. */
    public void forEach(UUID workspaceId, UUID formId, Consumer<Submitter> each) {
        Submitter last = null;
        while (true) {
            List<Submitter> chunk = last == null
                    ? jdbc.sql(SUBMITTER + " ORDER BY s.created_at, s.id FETCH FIRST " + CHUNK + " ROWS ONLY")
                            .params(workspaceId, formId).query(Submissions::submitter).list()
                    : jdbc.sql(SUBMITTER + " AND (s.created_at > ? OR (s.created_at = ? AND s.id > ?))"
                                    + " ORDER BY s.created_at, s.id FETCH FIRST " + CHUNK + " ROWS ONLY")
                            .params(workspaceId, formId, Forms.utc(last.submittedAt()), Forms.utc(last.submittedAt()),
                                    last.submissionId()).query(Submissions::submitter).list();
            withAnswers(workspaceId, chunk).forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            last = chunk.getLast();
        }
    }

    private List<Submitter> withAnswers(UUID workspaceId, List<Submitter> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, Map<UUID, String>> answers = new HashMap<>();
        jdbc.sql("SELECT submission_id, question_id, answer FROM form_answers WHERE workspace_id = :ws "
                        + "AND submission_id IN (:ids)")
                .param("ws", workspaceId).param("ids", rows.stream().map(Submitter::submissionId).toList())
                .query((ResultSet rs) -> {
                    answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), rs.getString(3));
                });
        List<Submitter> result = new ArrayList<>(rows.size());
        for (Submitter s : rows) {
            result.add(new Submitter(s.submissionId(), s.personId(), s.givenName(), s.familyName(), s.email(),
                    s.postalCode(), s.language(), s.source(), s.submittedAt(),
                    answers.getOrDefault(s.submissionId(), Map.of())));
        }
        return result;
    }

    private static String where(Scope s) {
        return "workspace_id = ?" + (s.formId() == null ? "" : " AND form_id = ?")
                + (s.personId() == null ? "" : " AND person_id = ?")
                + (s.modifiedAfter() == null ? "" : " AND modified_at >= ?")
                + (s.modifiedBefore() == null ? "" : " AND modified_at < ?");
    }

    private static List<Object> params(UUID workspaceId, Scope s) {
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        if (s.formId() != null) {
            params.add(s.formId());
        }
        if (s.personId() != null) {
            params.add(s.personId());
        }
        if (s.modifiedAfter() != null) {
            params.add(Forms.utc(s.modifiedAfter()));
        }
        if (s.modifiedBefore() != null) {
            params.add(Forms.utc(s.modifiedBefore()));
        }
        return params;
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        return new Submission(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("form_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("language"),
                rs.getString("source"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static Submitter submitter(ResultSet rs, int row) throws SQLException {
        return new Submitter(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), Map.of());
    }
}
