package org.convoca.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Web-address names made from titles: "Red de Acción Migrante" becomes "red-de-accion-migrante". */
public final class Slugs {

    private Slugs() {
    }

    /** Lower-case ASCII letters and digits joined by single hyphens, at most {@code max} long; may be empty. */
    public static String of(String text, int max) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.length() > max ? ascii.substring(0, max).replaceAll("-+$", "") : ascii;
    }
}
