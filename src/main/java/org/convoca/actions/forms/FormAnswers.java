package org.convoca.actions.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionLimits.Problem;

/**
 * Checks the answers someone gave to a form's questions. A choice may be given in any of the form's languages and
 * is kept in the default language's words, so staff read one set of answers; a ticked checkbox is kept as
 * {@code yes}; a question left unanswered keeps no answer.
 */
public final class FormAnswers {

    /** Answers as kept, by question, and what was wrong with the others, keyed by the question's field. */
    public record Checked(Map<UUID, String> answers, Map<String, Problem> problems) {
    }

    static final int MAX_VALUES = 60;

    private FormAnswers() {
    }

    /** @param given each question's values as typed or chosen; unknown questions are ignored */
    public static Checked check(Form form, Map<UUID, List<String>> given) {
        Map<UUID, String> answers = new LinkedHashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            List<String> values = given.getOrDefault(q.id(), List.of()).stream().limit(MAX_VALUES)
                    .map(v -> q.kind() == QuestionKind.LONG_TEXT ? PetitionLimits.cleanBlock(v)
                            : PetitionLimits.clean(v))
                    .filter(v -> !v.isEmpty()).toList();
            String answer;
            switch (q.kind()) {
                case SHORT_TEXT, LONG_TEXT -> {
                    answer = values.isEmpty() ? "" : values.getFirst();
                    if (answer.length() > q.kind().maxLength()) {
                        problems.put(q.field(), new Problem("too-long", q.kind().maxLength()));
                        continue;
                    }
                }
                case CHECKBOX -> answer = values.isEmpty() ? "" : "yes";
                default -> {
                    List<String> chosen = new ArrayList<>();
                    for (String v : values) {
                        String c = choice(form, q, v);
                        if (c == null) {
                            problems.put(q.field(), new Problem("choice", 0));
                        } else if (!chosen.contains(c)) {
                            chosen.add(c);
                        }
                    }
                    if (q.kind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                        problems.put(q.field(), new Problem("one-choice", 0));
                    }
                    if (problems.containsKey(q.field())) {
                        continue;
                    }
                    answer = String.join("\n", chosen);
                }
            }
            if (answer.isEmpty()) {
                if (q.required()) {
                    problems.put(q.field(), new Problem("required", 0));
                }
            } else {
                answers.put(q.id(), answer);
            }
        }
        return new Checked(answers, problems);
    }

    /** The choice in the default language's words, found by its words in any language; null if there is none. */
    private static String choice(Form form, Question q, String value) {
        List<String> main = q.text(form.defaultLanguage(), form.defaultLanguage()).choices();
        for (QuestionText t : q.texts().values()) {
            int i = t.choices().indexOf(value);
            if (i >= 0 && i < main.size()) {
                return main.get(i);
            }
        }
        return null;
    }
}
