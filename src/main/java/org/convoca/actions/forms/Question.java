package org.convoca.actions.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One custom question of a form, with its words per language (the form's default language always present). */
public record Question(UUID id, QuestionKind kind, boolean required, Map<String, QuestionText> texts) {

    public Question {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The words in this language, else in the fallback language, else any. */
    public QuestionText text(String language, String fallback) {
        QuestionText t = texts.get(language);
        if (t == null || t.label().isEmpty()) {
            t = texts.get(fallback);
        }
        return t != null ? t : texts.values().stream().findFirst().orElse(new QuestionText(language, "", List.of()));
    }

    /** The field name of this question on the public form. */
    public String field() {
        return "q_" + id;
    }
}
