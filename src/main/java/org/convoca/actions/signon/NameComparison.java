package org.convoca.actions.signon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two normalized names are the same organization, possibly the same, unrelated, or in conflict
 * (two chapters: "ACLU of Illinois" and "ACLU of Texas"). A wrong "same" erases a signer from a published letter,
 * while a missed one leaves a duplicate staff can still see, so "same" needs all words equal but for one typo in
 * a long word, and everything looser is at most "possible".
 *
 * <p>Scores order the evidence for "possible" (higher is stronger); they decide which link wins when a name could
 * join two groups. A qualifier on one side only (a place, "national", "office") multiplies the score by
 * {@link #ONE_SIDED_QUALIFIER}: "ACLU" and "ACLU of Texas" may be one organization, but less likely than "NILC"
 * and "National Immigration Law Center (NILC)".
 */
final class NameComparison {

    enum Link { SAME, POSSIBLE, NONE, CONFLICT }

    record Match(Link link, double score) {

        static final Match NONE = new Match(Link.NONE, 0);
        static final Match CONFLICT = new Match(Link.CONFLICT, 0);

        boolean links() {
            return link == Link.SAME || link == Link.POSSIBLE;
        }
    }

    static final double ONE_SIDED_QUALIFIER = 0.75;

    /**
     * Dice overlap of core words for a fuzzy "possible": 4 of 5 words shared, typos in long words allowed, at
     * least three words each, and the same qualifiers. Any lower and "Immigrant Legal Resource Center" would
     * possibly be "Immigrant Legal Defense Center" (3 of 4 words shared, 0.75); with a qualifier on one side only,
     * each side would have something the other lacks ("Asian American Hope Alliance", "Seattle Central American
     * Hope Alliance").
     */
    static final double FUZZY_OVERLAP = 0.8;

    private NameComparison() {
    }

    static Match compare(OrgName a, OrgName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Match.NONE;
        }
        if (a.squashed().equals(b.squashed())) {
            return new Match(Link.SAME, 1.0);
        }
        List<String> onlyA = unmatched(a.qualifiers(), b.qualifiers());
        List<String> onlyB = unmatched(b.qualifiers(), a.qualifiers());
        double declared = declared(a, b);
        if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
            return declared > 0 ? new Match(Link.POSSIBLE, declared * ONE_SIDED_QUALIFIER) : Match.CONFLICT;
        }
        boolean oneSided = !onlyA.isEmpty() || !onlyB.isEmpty();
        if (!oneSided && sameButOneTypo(a.tokens(), b.tokens())) {
            return new Match(Link.SAME, 0.97);
        }
        double score = Math.max(declared, Math.max(acronym(a, b, oneSided), acronym(b, a, oneSided)));
        double penalty = oneSided ? ONE_SIDED_QUALIFIER : 1.0;
        if (alignedWithTypos(a.core(), b.core())) {
            // Only small words or a one-sided qualifier differ: "Casa de Esperanza" / "Casa Esperanza".
            score = Math.max(score, 0.88 * penalty);
        } else if (sorted(a.core()).equals(sorted(b.core()))) {
            score = Math.max(score, 0.78 * penalty);
        }
        score = Math.max(score, contained(a, b) * penalty);
        double overlap = oneSided ? 0 : overlap(a.core(), b.core());
        if (overlap >= FUZZY_OVERLAP && Math.min(a.core().size(), b.core().size()) >= 3) {
            score = Math.max(score, 0.5 + 0.25 * overlap);
        }
        return score > 0 ? new Match(Link.POSSIBLE, score) : Match.NONE;
    }

    /**
     * An acronym or former name declared in parentheses matches the other name, both declare the same one, or one
     * declares an acronym that is the other's initials ("UnidosUS (formerly NCLR)", "National Council of La Raza").
     */
    private static double declared(OrgName a, OrgName b) {
        if (a.aliases().contains(b.squashed()) || b.aliases().contains(a.squashed())) {
            return 0.9;
        }
        if (a.aliases().stream().anyMatch(b.aliases()::contains)) {
            return 0.85;
        }
        boolean initials = a.aliases().stream().anyMatch(b.initials()::contains)
                || b.aliases().stream().anyMatch(a.initials()::contains);
        return initials ? 0.8 : 0;
    }

    /**
     * A bare acronym against the other name's initials. When the initials cover the other's qualifiers too
     * ("NILC" is National Immigration Law Center) nothing is one-sided; against the core's initials the
     * qualifiers must agree or the score is lowered ("ACLU of Texas" / "American Civil Liberties Union").
     * Never "same": "CASA" is more than one organization.
     */
    private static double acronym(OrgName shortForm, OrgName longForm, boolean oneSided) {
        String acronym = shortForm.acronym();
        if (acronym == null || longForm.core().size() < 2 && longForm.tokens().size() < 2) {
            return 0;
        }
        if (shortForm.qualifiers().isEmpty() && longForm.initials().contains(acronym)) {
            return 0.8;
        }
        if (longForm.core().size() >= 2 && longForm.coreInitials().contains(acronym)) {
            return oneSided ? 0.8 * ONE_SIDED_QUALIFIER : 0.8;
        }
        return 0;
    }

    /**
     * One name's core words all appear in the other's: "Florence Project" in "Florence Immigrant and Refugee
     * Rights Project". The shorter name may have no qualifier of its own ("Youth Power Coalition" is not inside
     * "Refugee Power Coalition"), must cover more than half of the longer core unless the longer only adds generic
     * words ("Hope Alliance" is not "Asian American Hope Alliance"), and must say something on its own: two or more
     * words with one not generic, a shared qualifier, or one distinctive word of six letters or more
     * ("Cosecha", "Movimiento Cosecha"). So "CASA" is not found inside "Casa de Esperanza" or "Casa Latina", nor
     * "Immigrant Rights Coalition" inside every state's coalition.
     */
    private static double contained(OrgName a, OrgName b) {
        OrgName shorter = a.core().size() <= b.core().size() ? a : b;
        OrgName longer = shorter == a ? b : a;
        List<String> words = shorter.core();
        if (words.isEmpty() || words.size() == longer.core().size() || !allFound(words, longer.core())
                || !unmatched(shorter.qualifiers(), longer.qualifiers()).isEmpty()) {
            return 0;
        }
        List<String> added = new ArrayList<>(longer.core());
        words.forEach(w -> removeClose(added, w));
        boolean onlyGenericAdded = added.stream().allMatch(Vocabulary.GENERIC_WORDS::contains);
        if (2 * words.size() <= longer.core().size() && !onlyGenericAdded) {
            return 0;
        }
        boolean specific = words.stream().anyMatch(w -> !Vocabulary.GENERIC_WORDS.contains(w));
        boolean sharedQualifier = shorter.qualifiers().stream().anyMatch(longer.qualifiers()::contains);
        boolean oneDistinctiveWord = words.size() == 1 && specific && words.getFirst().length() >= 6;
        boolean saysEnough = words.size() >= 2 && specific || sharedQualifier || oneDistinctiveWord && onlyGenericAdded;
        return saysEnough ? 0.6 : 0;
    }

    private static boolean sameButOneTypo(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        int typos = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                typos++;
                if (typos > 1 || !Typos.close(a.get(i), b.get(i))) {
                    return false;
                }
            }
        }
        return typos == 1 && (a.size() >= 2 || a.getFirst().length() >= 9);
    }

    private static boolean alignedWithTypos(List<String> a, List<String> b) {
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Typos.close(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> unmatched(Set<String> mine, Set<String> theirs) {
        List<String> out = new ArrayList<>();
        for (String q : mine) {
            if (theirs.stream().noneMatch(t -> Typos.close(q, t))) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean allFound(List<String> words, List<String> in) {
        List<String> pool = new ArrayList<>(in);
        for (String w : words) {
            if (!removeClose(pool, w)) {
                return false;
            }
        }
        return true;
    }

    /** Dice coefficient over words, counting a long word one typo away as shared. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> pool = new ArrayList<>(b);
        int shared = 0;
        for (String w : a) {
            if (removeClose(pool, w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static boolean removeClose(List<String> pool, String w) {
        int exact = pool.indexOf(w);
        if (exact >= 0) {
            pool.remove(exact);
            return true;
        }
        for (int i = 0; i < pool.size(); i++) {
            if (Typos.close(pool.get(i), w)) {
                pool.remove(i);
                return true;
            }
        }
        return false;
    }

    private static List<String> sorted(Collection<String> words) {
        return words.stream().sorted().toList();
    }
}
