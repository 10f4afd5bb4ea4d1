package org.convoca.actions.forms.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionKind;
import org.convoca.actions.forms.QuestionText;
import org.springframework.util.MultiValueMap;

/** The staff form that adds a question, as typed: the choices are one per line. */
public record QuestionForm(String kind, boolean required, Map<String, String> labels, Map<String, String> choices) {

    static QuestionForm empty() {
        Map<String, String> none = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> none.put(l, ""));
        return new QuestionForm("short_text", false, none, none);
    }

    static QuestionForm from(MultiValueMap<String, String> in) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            labels.put(l, one(in, "label_" + l));
            choices.put(l, one(in, "choices_" + l));
        }
        return new QuestionForm(one(in, "kind"), "yes".equals(in.getFirst("required")), labels, choices);
    }

    public String label(String language) {
        return labels.getOrDefault(language, "");
    }

    public String choicesTyped(String language) {
        return choices.getOrDefault(language, "");
    }

    /** Null when the kind is not one of the five. */
    Question toQuestion() {
        QuestionKind k = QuestionKind.parse(kind).orElse(null);
        if (k == null) {
            return null;
        }
        Map<String, QuestionText> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            QuestionText t = new QuestionText(l, label(l), k.hasChoices() ? QuestionText.lines(choicesTyped(l))
                    : java.util.List.of());
            if (!t.isEmpty()) {
                texts.put(l, t);
            }
        }
        return new Question(null, k, required, texts);
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
