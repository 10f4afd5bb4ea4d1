package org.convoca.actions.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of the texts a public form showed (its consent text, its boxes, its questions), sent back
 * with the form, so that an action records exactly what was on the screen and a form whose words changed while
 * someone was filling it in is shown again rather than taken.
 */
public final class SeenTexts {

    private SeenTexts() {
    }

    public static String of(String first, List<String> more) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(first.getBytes(StandardCharsets.UTF_8));
            for (String s : more) {
                sha.update(("\0" + s).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
