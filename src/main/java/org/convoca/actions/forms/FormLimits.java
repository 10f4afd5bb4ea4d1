package org.convoca.actions.forms;

import static org.convoca.actions.PetitionLimits.LANGUAGES;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionLimits.Problem;

/**
 * The bounds of a form, its questions and their answers. Problems are keyed by field ({@code title_es},
 * {@code label_en}, {@code q_<id>}) with a message key under {@code forms.error.}.
 */
public final class FormLimits {

    public static final int TITLE = PetitionLimits.TITLE;
    public static final int BODY = PetitionLimits.BODY;
    public static final int CONSENT = PetitionLimits.CONSENT;
    public static final int THANKS = PetitionLimits.THANKS;
    public static final int LABEL = 500;
    public static final int CHOICE = 200;
    public static final int CHOICES = 50;
    public static final int QUESTIONS = 50;

    private FormLimits() {
    }

    public static Map<String, Problem> problems(Form f) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!PetitionLimits.isSlug(f.slug())) {
            problems.put("slug", new Problem("slug", 0));
        }
        if (!PetitionLimits.isWebAddress(f.nextActionUrl())) {
            problems.put("next_action_url", new Problem("web-address", 0));
        }
        if (f.originSystem().length() > PetitionLimits.ORIGIN) {
            problems.put("origin_system", new Problem("too-long", PetitionLimits.ORIGIN));
        }
        if (!LANGUAGES.contains(f.defaultLanguage())) {
            problems.put("default_language", new Problem("language", 0));
        }
        if (f.texts().values().stream().allMatch(t -> t.title().isEmpty())) {
            problems.put("title_" + f.defaultLanguage(), new Problem("title-missing", 0));
        }
        f.texts().forEach((language, t) -> {
            if (!LANGUAGES.contains(language)) {
                problems.put("default_language", new Problem("language", 0));
                return;
            }
            if (t.title().isEmpty() && !t.isEmpty()) {
                problems.put("title_" + language, new Problem("title-missing", 0));
            }
            tooLong(problems, "title_" + language, t.title(), TITLE);
            tooLong(problems, "body_" + language, t.body(), BODY);
            tooLong(problems, "consent_" + language, t.consent(), CONSENT);
            tooLong(problems, "thanks_" + language, t.thanks(), THANKS);
        });
        return problems;
    }

    /** A question needs a label in the form's default language; choices must agree in number across languages. */
    public static Map<String, Problem> problems(Question q, String defaultLanguage) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        QuestionText main = q.texts().get(defaultLanguage);
        if (main == null || main.label().isEmpty()) {
            problems.put("label_" + defaultLanguage, new Problem("label-missing", 0));
        }
        int count = main == null ? 0 : main.choices().size();
        if (q.kind().hasChoices() && (count < 2 || count > CHOICES)) {
            problems.put("choices_" + defaultLanguage, new Problem("choices", CHOICES));
        }
        q.texts().forEach((language, t) -> {
            if (!LANGUAGES.contains(language)) {
                problems.put("kind", new Problem("language", 0));
                return;
            }
            tooLong(problems, "label_" + language, t.label(), LABEL);
            if (t.choices().stream().anyMatch(c -> c.length() > CHOICE)) {
                problems.put("choices_" + language, new Problem("too-long", CHOICE));
            }
            if (q.kind().hasChoices() && !t.choices().isEmpty() && t.choices().size() != count
                    && !language.equals(defaultLanguage)) {
                problems.put("choices_" + language, new Problem("choices-count", count));
            }
            if (t.choices().stream().distinct().count() != t.choices().size()) {
                problems.put("choices_" + language, new Problem("choices-twice", 0));
            }
        });
        return problems;
    }

    private static void tooLong(Map<String, Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.put(field, new Problem("too-long", max));
        }
    }
}
