package org.convoca.actions.signon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes an organization's name apart into the normalized words that {@link NameComparison} compares. */
final class OrgNames {

    /** Longer names are cut before matching; no organization's name comes near it. */
    static final int MAX_MATCHED_LENGTH = 300;

    private static final Pattern PARENTHESES = Pattern.compile("[(\\[]([^()\\[\\]]{0,200})[)\\]]");
    private static final Pattern FORMERLY = Pattern.compile(
            "(?iu)^\\s*(?:formerly(?:\\s+known\\s+as)?|previously|f\\.?\\s*k\\.?\\s*a\\.?|antes|anteriormente)"
                    + "\\s*:?\\s+(.+)$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}&]{2,10}");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])((?:\\p{L}\\.){2,})");
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\u00AD\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AND = Pattern.compile("[&+＆]");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ´]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrgNames() {
    }

    /** The name as shown: invisible and direction-override characters removed, spaces collapsed. */
    static String display(String line) {
        return SPACES.matcher(INVISIBLE.matcher(line).replaceAll(" ")).replaceAll(" ").strip();
    }

    static OrgName parse(String line) {
        String display = display(line);
        String text = display.length() > MAX_MATCHED_LENGTH ? display.substring(0, MAX_MATCHED_LENGTH) : display;
        Set<String> aliases = new LinkedHashSet<>();
        Matcher m = PARENTHESES.matcher(text);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            m.appendReplacement(body, Matcher.quoteReplacement(" " + (alias(inner, aliases) ? "" : inner) + " "));
        }
        m.appendTail(body);
        Words words = Words.of(body.toString());
        List<String> tokens = words.tokens();
        Set<String> qualifiers = words.qualifiers();
        List<String> core = tokens.stream()
                .filter(t -> !qualifiers.contains(t) && !Vocabulary.MINOR_WORDS.contains(t)).toList();
        String acronym = core.size() == 1 && words.writtenInCapitals(core.getFirst())
                && core.getFirst().length() <= 10 ? core.getFirst() : null;
        List<String> content = tokens.stream().filter(t -> !Vocabulary.MINOR_WORDS.contains(t)).toList();
        return new OrgName(display, tokens, qualifiers, core, content, aliases, initials(tokens), initials(core),
                acronym, String.join("", tokens).replace(" ", ""));
    }

    /** Records an acronym or former name given in parentheses; false when the parentheses are part of the name. */
    private static boolean alias(String inner, Set<String> aliases) {
        Matcher former = FORMERLY.matcher(inner);
        if (former.matches()) {
            String squashed = Words.of(former.group(1)).squashed();
            if (squashed.length() >= 2) {
                aliases.add(squashed);
            }
            return true;
        }
        String compact = inner.replace(".", "").replace(" ", "");
        if (ACRONYM.matcher(compact).matches() && compact.chars().anyMatch(Character::isLetter)
                && Places.code(compact, false) == null) {
            aliases.add(fold(compact).toLowerCase(Locale.ROOT).replace("&", ""));
            return true;
        }
        return false;
    }

    /**
     * The acronyms a name could go by: first letters of every word, of every word but the small ones, and of
     * every word but the small ones while keeping articles (NCLR, National Council of La Raza). A multi-word
     * place gives its own initials (NY, LA). Fewer than two letters is no acronym.
     */
    private static Set<String> initials(List<String> tokens) {
        Set<String> result = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        StringBuilder withArticles = new StringBuilder();
        String lastMajor = "";
        for (String token : tokens) {
            for (String word : token.split(" ")) {
                char first = word.charAt(0);
                all.append(first);
                if (!Vocabulary.MINOR_WORDS.contains(word)) {
                    major.append(first);
                    withArticles.append(first);
                    lastMajor = word;
                } else if (Vocabulary.ACRONYM_ARTICLES.contains(word)) {
                    withArticles.append(first);
                }
            }
        }
        for (StringBuilder candidate : List.of(all, major, withArticles)) {
            if (candidate.length() >= 2) {
                result.add(candidate.toString());
            }
        }
        // "UWD" for "United We Dream Network": a group often drops its last, generic word from its acronym.
        if (major.length() >= 4 && Vocabulary.GENERIC_WORDS.contains(lastMajor)) {
            result.add(major.substring(0, major.length() - 1));
        }
        return result;
    }

    /** Compatibility decomposition with accents removed: "Coalición" becomes "Coalicion", "ﬁ" becomes "fi". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString().replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                .replace("Ł", "L").replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D");
    }

    /** Removes the dots of a dotted abbreviation, so "L.L.C." is "LLC" and "A.C." is "AC". */
    static String undot(String s) {
        Matcher m = DOTTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace(".", "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<String> rawWords(String folded) {
        String joined = APOSTROPHES.matcher(AND.matcher(undot(folded)).replaceAll(" and ")).replaceAll("");
        String spaced = NOT_WORD.matcher(joined).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : new ArrayList<>(List.of(spaced.split(" ")));
    }
}
