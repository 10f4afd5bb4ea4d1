package org.convoca.actions.signon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.PetitionLimits;

/**
 * The bounds of a letter and of a signature, checked the same way by the staff pages and the API. Problems are
 * keyed by field ({@code title_es} for a text in one language) with a message key under {@code signon.error.}.
 */
public final class LetterLimits {

    public static final List<String> LANGUAGES = PetitionLimits.LANGUAGES;
    public static final int TITLE = 300;
    public static final int ADDRESSEE = 300;
    public static final int BODY = 20_000;
    public static final int DEMANDS = 10_000;
    public static final int MAX_DEMANDS = 50;
    public static final int CONSENT = 2_000;
    public static final int THANKS = 4_000;
    public static final int ORG_NAME = 300;
    public static final int WEBSITE = 500;
    public static final int SIGNER_TITLE = 200;
    public static final int AFFILIATION = 300;

    /** What is wrong with one field: a message key under {@code signon.error.} and the limit it quotes. */
    public record Problem(String key, int limit) {
    }

    private LetterLimits() {
    }

    public static String clean(String s) {
        return PetitionLimits.clean(s);
    }

    public static String cleanBlock(String s) {
        return PetitionLimits.cleanBlock(s);
    }

    public static Map<String, Problem> problems(SignonLetter l) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!PetitionLimits.isSlug(l.slug())) {
            problems.put("slug", new Problem("slug", PetitionLimits.SLUG));
        }
        max(problems, "addressee", l.addressee(), ADDRESSEE);
        if (l.texts().isEmpty()) {
            problems.put("title_" + l.defaultLanguage(), new Problem("required", 0));
        }
        if (!LANGUAGES.contains(l.defaultLanguage()) || (!l.texts().isEmpty()
                && !l.texts().containsKey(l.defaultLanguage()))) {
            problems.put("default_language", new Problem("language", 0));
        }
        l.texts().forEach((language, t) -> {
            if (!LANGUAGES.contains(language)) {
                problems.put("language", new Problem("language", 0));
                return;
            }
            if (t.title().isEmpty()) {
                problems.put("title_" + language, new Problem("required", 0));
            }
            max(problems, "title_" + language, t.title(), TITLE);
            max(problems, "body_" + language, t.body(), BODY);
            max(problems, "demands_" + language, t.demands(), DEMANDS);
            if (t.demandList().size() > MAX_DEMANDS) {
                problems.put("demands_" + language, new Problem("too-many", MAX_DEMANDS));
            }
            max(problems, "consent_" + language, t.consent(), CONSENT);
            max(problems, "thanks_" + language, t.thanks(), THANKS);
        });
        return problems;
    }

    private static void max(Map<String, Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.putIfAbsent(field, new Problem("too-long", max));
        }
    }
}
