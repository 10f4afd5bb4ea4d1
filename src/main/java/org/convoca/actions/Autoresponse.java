package org.convoca.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.people.Person;

/**
 * The optional confirmation email of a petition or a form: whether staff turned it on, and its texts per
 * language (a language left empty falls back to the action's default language).
 */
public record Autoresponse(boolean enabled, Map<String, AutoresponseText> texts) {

    public static final Autoresponse NONE = new Autoresponse(false, Map.of());

    /** {@code {{name}}} or {@code {{name|fallback}}}; the fallback is what a person without that detail gets. */
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_]{1,40})\\s*(?:\\|([^{}\\n]{0,200}))?}}");

    public Autoresponse {
        texts = Map.copyOf(texts);
    }

    /** The text in this language, else in the fallback language, else any; null when there is none at all. */
    public AutoresponseText text(String language, String fallback) {
        for (String l : new String[] {language, fallback}) {
            AutoresponseText t = texts.get(l);
            if (t != null && !t.isEmpty()) {
                return t;
            }
        }
        return texts.values().stream().filter(t -> !t.isEmpty()).findFirst().orElse(null);
    }

    /** What is wrong, keyed {@code subject_es} or {@code body_en}; empty when nothing is. */
    public Map<String, PetitionLimits.Problem> problems() {
        Map<String, PetitionLimits.Problem> problems = new LinkedHashMap<>();
        texts.forEach((language, t) -> {
            if (!PetitionLimits.LANGUAGES.contains(language)) {
                problems.put("language", new PetitionLimits.Problem("language", 0));
            } else if (t.subject().length() > AutoresponseText.SUBJECT) {
                problems.put("subject_" + language, new PetitionLimits.Problem("too-long", AutoresponseText.SUBJECT));
            } else if (t.body().length() > AutoresponseText.BODY) {
                problems.put("body_" + language, new PetitionLimits.Problem("too-long", AutoresponseText.BODY));
            } else if (!t.isEmpty() && (t.subject().isEmpty() || t.body().isEmpty())) {
                String field = t.subject().isEmpty() ? "subject_" : "body_";
                problems.put(field + language, new PetitionLimits.Problem("autoresponse.both", 0));
            }
        });
        if (enabled && texts.values().stream().allMatch(AutoresponseText::isEmpty)) {
            problems.put("enabled", new PetitionLimits.Problem("autoresponse.empty", 0));
        }
        return problems;
    }

    /**
     * Fills in the merge fields {@code given_name}, {@code family_name}, {@code email} and {@code title} (the
     * action's title); an unknown field is left out. The result is plain text.
     */
    static String merge(String template, Person person, String title) {
        Matcher m = FIELD.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "given_name", "first_name" -> person.givenName();
                case "family_name", "last_name" -> person.familyName();
                case "email" -> person.email() == null ? "" : person.email();
                case "title" -> title;
                default -> "";
            };
            if (value.isEmpty() && m.group(2) != null) {
                value = m.group(2).strip();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
