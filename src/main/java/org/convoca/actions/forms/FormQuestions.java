package org.convoca.actions.forms;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The questions of each form, in order. Every method is scoped to one workspace. */
@Repository
public class FormQuestions {

    private final JdbcClient jdbc;

    FormQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a question at the end of the form. */
    @Transactional
    public Question add(Form form, Question draft) {
        Map<String, PetitionLimits.Problem> problems = FormLimits.problems(draft, form.defaultLanguage());
        if (form.questions().size() >= FormLimits.QUESTIONS) {
            problems = new LinkedHashMap<>(problems);
            problems.put("kind", new PetitionLimits.Problem("questions", FormLimits.QUESTIONS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        Question q = new Question(Ids.newId(), draft.kind(), draft.required(), draft.texts());
        Integer last = jdbc.sql("SELECT MAX(position) FROM form_questions WHERE workspace_id = ? AND form_id = ?")
                .params(form.workspaceId(), form.id()).query(Integer.class).optional().orElse(null);
        jdbc.sql("""
                INSERT INTO form_questions (id, form_id, workspace_id, position, kind, required, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(q.id(), form.id(), form.workspaceId(),
                last == null ? 0 : last + 1, q.kind().wire(), q.required(), Forms.utc(Forms.now())).update();
        q.texts().forEach((language, t) -> {
            if (!t.isEmpty()) {
                jdbc.sql("""
                        INSERT INTO form_question_texts (question_id, workspace_id, language, label, choices)
                        VALUES (?, ?, ?, ?, ?)""").params(q.id(), form.workspaceId(), language, t.label(),
                        String.join("\n", t.choices())).update();
            }
        });
        touch(form);
        return q;
    }

    /** Removes a question and, with it, every answer given to it. */
    @Transactional
    public boolean remove(Form form, UUID questionId) {
        boolean removed = jdbc.sql("DELETE FROM form_questions WHERE workspace_id = ? AND form_id = ? AND id = ?")
                .params(form.workspaceId(), form.id(), questionId).update() == 1;
        touch(form);
        return removed;
    }

    /** Swaps a question with the one before it. */
    @Transactional
    public void moveUp(Form form, UUID questionId) {
        List<Question> qs = form.questions();
        for (int i = 1; i < qs.size(); i++) {
            if (qs.get(i).id().equals(questionId)) {
                position(form, qs.get(i).id(), i - 1);
                position(form, qs.get(i - 1).id(), i);
                touch(form);
                return;
            }
        }
    }

    private void position(Form form, UUID id, int position) {
        jdbc.sql("UPDATE form_questions SET position = ? WHERE workspace_id = ? AND id = ?")
                .params(position, form.workspaceId(), id).update();
    }

    private void touch(Form form) {
        jdbc.sql("UPDATE forms SET modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(Forms.utc(Forms.now()), form.workspaceId(), form.id()).update();
    }

    Map<UUID, List<Question>> of(UUID workspaceId, List<UUID> formIds) {
        Map<UUID, Map<String, QuestionText>> texts = new HashMap<>();
        jdbc.sql("""
                SELECT t.* FROM form_question_texts t JOIN form_questions q ON q.id = t.question_id
                WHERE q.workspace_id = :ws AND q.form_id IN (:ids)""").param("ws", workspaceId).param("ids", formIds)
                .query((ResultSet rs) -> {
                    String choices = rs.getString("choices");
                    texts.computeIfAbsent(rs.getObject("question_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new QuestionText(rs.getString("language"),
                                    rs.getString("label"), choices.isEmpty() ? List.of()
                                            : List.of(choices.split("\n"))));
                });
        Map<UUID, List<Question>> result = new HashMap<>();
        jdbc.sql("SELECT * FROM form_questions WHERE workspace_id = :ws AND form_id IN (:ids) ORDER BY position, id")
                .param("ws", workspaceId).param("ids", formIds).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    QuestionKind kind = QuestionKind.parse(rs.getString("kind")).orElse(QuestionKind.SHORT_TEXT);
                    result.computeIfAbsent(rs.getObject("form_id", UUID.class), k -> new ArrayList<>())
                            .add(new Question(id, kind, rs.getBoolean("required"), texts.getOrDefault(id, Map.of())));
                });
        return result;
    }
}
