package org.convoca.actions.signon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of distinct names worth comparing, so 10,000 names cost tens of thousands of comparisons, not fifty
 * million. Each rule of {@link NameComparison} has a key its pairs always share:
 * <ul>
 * <li>one typo: the words with one long word masked (names that differ in one word share such a form);
 * <li>small words, one-sided qualifiers, word order: the sorted core words;
 * <li>acronyms and declared aliases: the squashed name, the acronym, every initials form, every alias;
 * <li>containment and fuzzy overlap: each name looks up the names sharing its two rarest content words.
 * </ul>
 * A key shared by more than {@link #MAX_BLOCK} names is skipped, and so is a word in more than {@link #MAX_POSTING}
 * names: such a key ("center") says nothing, and comparing every pair under it is what makes de-duplication slow.
 */
final class Blocking {

    static final int MAX_BLOCK = 100;
    static final int MAX_POSTING = 100;

    /** Names longer than this many words get no typo keys: no organization's name is that long. */
    static final int MAX_WORDS_FOR_TYPOS = 12;

    /**
     * A hostile list (100,000 lines built to share keys) could still ask for tens of millions of comparisons;
     * past this many, further pairs are not compared, so such a list gets fewer "possible" groups, never a wait.
     */
    static final int MAX_PAIRS = 2_000_000;

    private Blocking() {
    }

    /** Pairs as {@code i * n + j} with {@code i < j}. */
    static Set<Long> candidates(List<OrgName> names) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            OrgName n = names.get(i);
            if (n.isEmpty()) {
                continue;
            }
            for (String key : keys(n)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String word : new HashSet<>(n.content())) {
                postings.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new HashSet<>();
        long size = names.size();
        for (List<Integer> block : blocks.values()) {
            if (block.size() > 1 && block.size() <= MAX_BLOCK) {
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        add(pairs, block.get(x), block.get(y), size);
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            List<String> words = new ArrayList<>(new HashSet<>(names.get(i).content()));
            words.sort(Comparator.comparingInt((String w) -> postings.get(w).size()).thenComparing(w -> w));
            for (String word : words.subList(0, Math.min(2, words.size()))) {
                List<Integer> posting = postings.get(word);
                if (posting.size() <= MAX_POSTING) {
                    for (int j : posting) {
                        if (mostCoreWordsShared(names.get(i), names.get(j))) {
                            add(pairs, i, j, size);
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * Containment and fuzzy overlap need all, or four in five, of the smaller core's words in the other: with one
     * typo allowed, all but one of them must be there exactly. Most pairs sharing a rare word fail this at once.
     */
    private static boolean mostCoreWordsShared(OrgName a, OrgName b) {
        List<String> smaller = a.core().size() <= b.core().size() ? a.core() : b.core();
        List<String> larger = smaller == a.core() ? b.core() : a.core();
        int shared = 0;
        for (String w : smaller) {
            shared += larger.contains(w) ? 1 : 0;
        }
        return shared >= Math.max(1, smaller.size() - 1);
    }

    private static Set<String> keys(OrgName n) {
        Set<String> keys = new LinkedHashSet<>();
        String s = n.squashed();
        List<String> tokens = n.tokens();
        for (int i = 0; i < tokens.size() && tokens.size() <= MAX_WORDS_FOR_TYPOS; i++) {
            if (tokens.get(i).length() >= Typos.MIN_LENGTH) {
                List<String> masked = new ArrayList<>(tokens);
                masked.set(i, "*");
                keys.add("t:" + String.join(" ", masked));
            }
        }
        if (!n.core().isEmpty()) {
            keys.add("c:" + String.join(" ", n.core().stream().sorted().toList()));
        }
        keys.add("a:" + s);
        if (n.acronym() != null) {
            keys.add("a:" + n.acronym());
        }
        n.initials().forEach(k -> keys.add("a:" + k));
        n.coreInitials().forEach(k -> keys.add("a:" + k));
        n.aliases().forEach(k -> keys.add("a:" + k));
        return keys;
    }

    private static void add(Set<Long> pairs, int i, int j, long size) {
        if (i != j && pairs.size() < MAX_PAIRS) {
            pairs.add(Math.min(i, j) * size + Math.max(i, j));
        }
    }
}
