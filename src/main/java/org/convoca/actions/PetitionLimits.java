package org.convoca.actions;

import java.net.URI;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.convoca.shared.Slugs;

/**
 * The bounds of a petition and of a signature, and the one check that the staff pages and the API both go
 * through. Problems are keyed by field ({@code title_es} for a text in one language), so each caller words them
 * in its reader's language.
 */
public final class PetitionLimits {

    public static final List<String> LANGUAGES = List.of("en", "es");
    public static final int SLUG = 80;
    public static final int TITLE = 300;
    public static final int TARGET = 300;
    public static final int BODY = 20_000;
    public static final int LETTER = 10_000;
    public static final int CONSENT = 2_000;
    public static final int THANKS = 4_000;
    public static final int IMAGE_ALT = 300;
    public static final int HASHTAGS = 300;
    public static final int URL = 1_000;
    public static final int ORIGIN = 200;
    public static final int MAX_GOAL = 100_000_000;
    public static final int COMMENT = 1_000;
    public static final int IMAGE_BYTES = 2 * 1024 * 1024;

    private static final Pattern SLUG_SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,60}");

    /** What is wrong with one field: a message key under {@code actions.error.} and the limit it quotes, if any. */
    public record Problem(String key, int limit) {
    }

    private PetitionLimits() {
    }

    /** One line of text: NFC, every control character (line breaks included) turned into a space, trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        Normalizer.normalize(s, Normalizer.Form.NFC).codePoints()
                .forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString().strip();
    }

    /** Several lines: NFC, line breaks as {@code \n}, other control characters but tabs dropped, trimmed. */
    public static String cleanBlock(String s) {
        if (s == null) {
            return "";
        }
        String nfc = Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(b::appendCodePoint);
        return b.toString().strip();
    }

    public static boolean isSlug(String slug) {
        return slug != null && SLUG_SHAPE.matcher(slug).matches();
    }

    /** A slug made from a title: lower-case ASCII letters and digits joined by hyphens. */
    public static String slugOf(String title) {
        String slug = Slugs.of(clean(title), 60);
        return slug.isEmpty() ? "petition" : slug;
    }

    /** Hashtags as typed ("#DefendDACA, #HereToStay") in the stored form: words without #, space-separated. */
    public static String hashtags(String typed) {
        return String.join(" ", clean(typed).replace('#', ' ').replace(',', ' ').strip().split("\\s+")).strip();
    }

    /** An http or https address, or nothing; anything else ({@code javascript:}, relative paths) is refused. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.isEmpty()) {
            return true;
        }
        try {
            URI uri = new URI(url);
            return url.length() <= URL && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    /** What is wrong with a petition, field by field; empty when nothing is. */
    public static Map<String, Problem> problems(Petition p) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!isSlug(p.slug())) {
            problems.put("slug", new Problem("slug", 0));
        }
        tooLong(problems, "target", p.target(), TARGET);
        if (p.goal() < 0 || p.goal() > MAX_GOAL) {
            problems.put("goal", new Problem("goal", 0));
        }
        if (p.hashtags().length() > HASHTAGS || !p.hashtags().isEmpty()
                && !java.util.Arrays.stream(p.hashtags().split(" ")).allMatch(h -> HASHTAG.matcher(h).matches())) {
            problems.put("hashtags", new Problem("hashtags", 0));
        }
        if (!isWebAddress(p.nextActionUrl())) {
            problems.put("next_action_url", new Problem("web-address", 0));
        }
        tooLong(problems, "origin_system", p.originSystem(), ORIGIN);
        if (!LANGUAGES.contains(p.defaultLanguage())) {
            problems.put("default_language", new Problem("language", 0));
        }
        if (p.texts().values().stream().allMatch(t -> t.title().isEmpty())) {
            problems.put("title_" + p.defaultLanguage(), new Problem("title-missing", 0));
        }
        p.texts().forEach((language, t) -> {
            if (!LANGUAGES.contains(language)) {
                problems.put("default_language", new Problem("language", 0));
                return;
            }
            if (t.title().isEmpty() && !t.isEmpty()) {
                problems.put("title_" + language, new Problem("title-missing", 0));
            }
            tooLong(problems, "title_" + language, t.title(), TITLE);
            tooLong(problems, "body_" + language, t.body(), BODY);
            tooLong(problems, "letter_" + language, t.letter(), LETTER);
            tooLong(problems, "consent_" + language, t.consent(), CONSENT);
            tooLong(problems, "thanks_" + language, t.thanks(), THANKS);
            tooLong(problems, "image_alt_" + language, t.imageAlt(), IMAGE_ALT);
        });
        return problems;
    }

    private static void tooLong(Map<String, Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.put(field, new Problem("too-long", max));
        }
    }
}
