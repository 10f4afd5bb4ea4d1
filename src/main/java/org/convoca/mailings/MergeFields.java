package org.convoca.mailings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{given_name}}} and {@code {{given_name|friend}}}: where a recipient's own details go. Compiling a
 * template replaces each field by a marker (private-use characters that survive Markdown and sanitizing) that
 * {@link Template} later splits on.
 */
final class MergeFields {

    static final Set<String> STANDARD = Set.of("given_name", "family_name", "email");
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    static final int MAX_FALLBACK = 200;

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}|]{0,120}?)\\s*(?:\\|([^{}]*))?}}");

    /**
     * A field in a template, or one of the links only Convoca puts there. A tracked link ({@code CLICK_URL}) has
     * its number in the mailing as its name and the address it leads to as its fallback.
     */
    record Ref(Kind kind, String name, String fallback) {
        enum Kind { FIELD, UNSUBSCRIBE_URL, PREFERENCES_URL, WEB_URL, CLICK_URL, OPEN_URL }

        static Ref link(Kind kind) {
            return new Ref(kind, "", "");
        }

        int linkNumber() {
            return Integer.parseInt(name);
        }
    }

    private MergeFields() {
    }

    /** What is wrong with the fields in {@code text}, in English; empty when nothing is. */
    static List<String> problems(String text, Set<String> customFields) {
        List<String> problems = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        int end = 0;
        Set<String> unknown = new LinkedHashSet<>();
        while (m.find()) {
            if (text.substring(end, m.start()).contains("{{")) {
                problems.add("A \"{{\" does not close as a merge field such as {{given_name}}.");
            }
            String name = m.group(1).strip();
            if (!known(name, customFields)) {
                unknown.add(name);
            }
            if (m.group(2) != null && m.group(2).strip().length() > MAX_FALLBACK) {
                problems.add("A fallback after \"|\" can have at most " + MAX_FALLBACK + " characters.");
            }
            end = m.end();
        }
        if (text.substring(end).contains("{{")) {
            problems.add("A \"{{\" does not close as a merge field such as {{given_name}}.");
        }
        for (String name : unknown) {
            problems.add("There is no merge field {{" + shorten(name) + "}}; use given_name, family_name, email"
                    + (customFields.isEmpty() ? "" : " or a custom field such as " + customFields.iterator().next())
                    + ".");
        }
        return problems.stream().distinct().toList();
    }

    static boolean known(String name, Set<String> customFields) {
        return STANDARD.contains(name.toLowerCase(Locale.ROOT)) || customFields.contains(name);
    }

    /** {@code text} with each field replaced by a marker pointing into {@code refs}, where it is appended. */
    static String mark(String text, List<Ref> refs) {
        String clean = strip(text);
        Matcher m = FIELD.matcher(clean);
        StringBuilder b = new StringBuilder(clean.length());
        int end = 0;
        while (m.find()) {
            b.append(clean, end, m.start());
            String name = m.group(1).strip();
            String standard = name.toLowerCase(Locale.ROOT);
            refs.add(new Ref(Ref.Kind.FIELD, STANDARD.contains(standard) ? standard : name,
                    m.group(2) == null ? "" : m.group(2).strip()));
            b.append(marker(refs.size() - 1));
            end = m.end();
        }
        return b.append(clean, end, clean.length()).toString();
    }

    static String link(Ref.Kind kind, List<Ref> refs) {
        refs.add(Ref.link(kind));
        return marker(refs.size() - 1);
    }

    static String marker(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    /** Authors cannot type markers of their own. */
    static String strip(String text) {
        return text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0 ? text
                : text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
