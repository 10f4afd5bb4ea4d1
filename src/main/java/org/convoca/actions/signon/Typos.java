package org.convoca.actions.signon;

/**
 * When two words are one typing mistake apart. Only long words qualify: among short words one letter is the whole
 * difference between two names ("Casa" and "Cara", "Unidos" and "Unidas"), while a long word with one letter off
 * ("Imigrant", "Immigrants") is almost always a slip.
 */
final class Typos {

    /**
     * Seven letters: short enough to catch "Imigrant", "Servicios", "Refugees"; long enough that "Latina",
     * "Casa", "Unidos", "Fe", "Amor" must match exactly.
     */
    static final int MIN_LENGTH = 7;

    private Typos() {
    }

    static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_LENGTH || hasDigit(a) || hasDigit(b)) {
            return false;
        }
        if (Places.isKnown(a) && Places.isKnown(b)) {
            return false;
        }
        return !genderOrNumberEnding(a, b) && !lastLetterChanged(a, b) && oneEditApart(a, b);
    }

    /**
     * The last letter carries meaning too often to be a slip ("American"/"Americas", "Mexican"/"Mexicano"); only
     * an added or dropped final "s" counts ("Service"/"Services").
     */
    private static boolean lastLetterChanged(String a, String b) {
        if (a.length() == b.length()) {
            return a.charAt(a.length() - 1) != b.charAt(b.length() - 1)
                    && a.substring(0, a.length() - 1).equals(b.substring(0, b.length() - 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.startsWith(shorter) && !longer.endsWith("s");
    }

    /**
     * Spanish "Latinos"/"Latinas", "Trabajadores"/"Trabajadoras", "Hermanos"/"Hermanas" name different groups: a
     * change between a, o and e in the last two letters is not a typo.
     */
    private static boolean genderOrNumberEnding(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int n = a.length();
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i >= n - 2 && isVowelAoe(a.charAt(i)) && isVowelAoe(b.charAt(i))
                        && a.substring(i + 1).equals(b.substring(i + 1));
            }
        }
        return false;
    }

    private static boolean isVowelAoe(char c) {
        return c == 'a' || c == 'o' || c == 'e';
    }

    /** Damerau-Levenshtein distance at most one: one letter added, removed, changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}
