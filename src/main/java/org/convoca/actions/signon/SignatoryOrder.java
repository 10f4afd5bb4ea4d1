package org.convoca.actions.signon;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order of a public signatory list: alphabetical ignoring a leading "The", accents, case and leading
 * punctuation, so "The Florence Project" sits among the F's and "Ñañú" among the N's. Equal keys fall back to
 * the names themselves, so the order is total and repeatable.
 */
public final class SignatoryOrder implements Comparator<String> {

    public static final SignatoryOrder INSTANCE = new SignatoryOrder();

    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private SignatoryOrder() {
    }

    /** The text names are sorted by. */
    public static String sortKey(String name) {
        String s = LEADING_NOISE.matcher(OrgNames.display(name)).replaceFirst("");
        s = LEADING_NOISE.matcher(LEADING_THE.matcher(s).replaceFirst("")).replaceFirst("");
        return OrgNames.fold(s).toLowerCase(Locale.ROOT);
    }

    @Override
    public int compare(String a, String b) {
        int byKey = sortKey(a).compareTo(sortKey(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }
}
