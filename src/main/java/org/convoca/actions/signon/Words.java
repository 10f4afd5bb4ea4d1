package org.convoca.actions.signon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normalized words of a name, in order, and which of them are qualifiers. Steps, in this order because each
 * relies on the previous: fold accents and case; read postal codes written in capitals (TX, NYC); unify spellings
 * (Natl, Centre, St.); "y" between words is "and"; join multi-word places; drop a leading article and trailing
 * legal forms; mark qualifiers; drop small words right before a qualifier, so "ACLU of Texas" is "ACLU Texas".
 */
record Words(List<String> tokens, Set<String> qualifiers, Set<String> capitals) {

    static Words of(String text) {
        String folded = OrgNames.fold(text);
        List<String> raw = OrgNames.rawWords(folded);
        boolean allCapitals = folded.chars().anyMatch(Character::isLetter)
                && folded.equals(folded.toUpperCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        Set<String> places = new HashSet<>();
        Set<String> capitals = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i);
            String place = Places.code(r, allCapitals);
            String lower = r.toLowerCase(Locale.ROOT);
            if (place != null) {
                places.add(place);
                words.add(place);
                continue;
            }
            String word = Vocabulary.SPELLINGS.getOrDefault(lower, lower);
            if (r.equals("y") && i > 0 && i < raw.size() - 1) {
                word = "and";
            }
            if (r.length() >= 2 && r.equals(r.toUpperCase(Locale.ROOT))) {
                capitals.add(word);
            }
            words.add(word);
        }
        List<String> tokens = joinPlaces(words, places);
        dropArticleAndLegalForms(tokens, places);
        Set<String> qualifiers = qualifiers(tokens, places);
        dropSmallWordsBeforeQualifiers(tokens, qualifiers);
        return new Words(tokens, qualifiers, capitals);
    }

    String squashed() {
        return String.join("", tokens).replace(" ", "");
    }

    boolean writtenInCapitals(String token) {
        return capitals.contains(token);
    }

    private static List<String> joinPlaces(List<String> words, Set<String> places) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(Places.LONGEST_PHRASE, words.size() - i); n >= 1 && taken == 0; n--) {
                String place = Places.phrase(String.join(" ", words.subList(i, i + n)));
                if (place != null) {
                    tokens.add(place);
                    places.add(place);
                    taken = n;
                }
            }
            if (taken == 0) {
                tokens.add(words.get(i));
                taken = 1;
            }
            i += taken;
        }
        return tokens;
    }

    private static void dropArticleAndLegalForms(List<String> tokens, Set<String> places) {
        if (tokens.size() > 1 && Vocabulary.LEADING_ARTICLES.contains(tokens.getFirst())) {
            tokens.removeFirst();
        }
        while (tokens.size() > 1 && Vocabulary.LEGAL_SUFFIXES.contains(tokens.getLast())
                && !places.contains(tokens.getLast())) {
            tokens.removeLast();
        }
    }

    /**
     * Places, numbers, scope and direction words, the word before "chapter" or "county", and the last "of X" when
     * X is one to three words that are neither small nor generic ("Sisters of Mercy", "Catholic Charities of
     * Fort Worth"): these tell two chapters of one network apart even when X is a place this list does not know.
     */
    private static Set<String> qualifiers(List<String> tokens, Set<String> places) {
        Set<String> q = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (places.contains(t) || Vocabulary.QUALIFIER_WORDS.contains(t) || t.chars().anyMatch(Character::isDigit)) {
                q.add(t);
            }
            if (i > 0 && Vocabulary.PLACE_MARKERS.contains(t) && !Vocabulary.MINOR_WORDS.contains(tokens.get(i - 1))) {
                q.add(tokens.get(i - 1));
            }
        }
        int of = tokens.lastIndexOf("of");
        if (of > 0) {
            List<String> tail = new ArrayList<>(tokens.subList(of + 1, tokens.size()));
            if (!tail.isEmpty() && tail.getFirst().equals("the")) {
                tail.removeFirst();
            }
            if (!tail.isEmpty() && tail.size() <= 3 && tail.stream().noneMatch(
                    t -> Vocabulary.MINOR_WORDS.contains(t) || Vocabulary.GENERIC_WORDS.contains(t))) {
                q.addAll(tail);
            }
        }
        return q;
    }

    private static void dropSmallWordsBeforeQualifiers(List<String> tokens, Set<String> qualifiers) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (qualifiers.contains(tokens.get(i))) {
                while (i > 1 && Vocabulary.MINOR_WORDS.contains(tokens.get(i - 1))
                        && !qualifiers.contains(tokens.get(i - 1))) {
                    tokens.remove(i - 1);
                    i--;
                }
            }
        }
    }
}
