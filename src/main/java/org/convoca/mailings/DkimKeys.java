package org.convoca.mailings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the DKIM settings ({@code CONVOCA_DKIM_DOMAIN}, {@code _SELECTOR}, {@code _PRIVATE_KEY}: a PEM PKCS#8 RSA
 * key file) at startup and refuses to start with a sentence saying what is wrong, rather than sending unsigned or
 * failing at the first message.
 */
final class DkimKeys {

    private static final long MAX_KEY_FILE = 64 * 1024;

    private DkimKeys() {
    }

    /** The signer, or null when DKIM is not configured at all. */
    static DkimSigner load(String domain, String selector, String keyFile) {
        boolean any = !blank(domain) || !blank(selector) || !blank(keyFile);
        if (!any) {
            return null;
        }
        if (blank(domain) || blank(selector) || blank(keyFile)) {
            throw new IllegalStateException("DKIM needs all three of CONVOCA_DKIM_DOMAIN, CONVOCA_DKIM_SELECTOR and "
                    + "CONVOCA_DKIM_PRIVATE_KEY (a PEM PKCS#8 RSA key file); only some are set.");
        }
        String d = domain.strip().toLowerCase(java.util.Locale.ROOT);
        String s = selector.strip();
        if (!d.matches("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")) {
            throw new IllegalStateException("CONVOCA_DKIM_DOMAIN must be a domain name such as example.org.");
        }
        if (!s.matches("[A-Za-z0-9]([A-Za-z0-9._-]{0,62})")) {
            throw new IllegalStateException("CONVOCA_DKIM_SELECTOR must be letters, digits, dots, dashes or "
                    + "underscores, such as mail2026.");
        }
        return new DkimSigner(d, s, key(Path.of(keyFile.strip())));
    }

    private static RSAPrivateKey key(Path file) {
        String pem;
        try {
            if (Files.size(file) > MAX_KEY_FILE) {
                throw new IllegalStateException("CONVOCA_DKIM_PRIVATE_KEY: " + file + " is too large to be a key.");
            }
            pem = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("CONVOCA_DKIM_PRIVATE_KEY: the key file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("CONVOCA_DKIM_PRIVATE_KEY: " + file + " is not a PEM PKCS#8 key "
                    + "(\"-----BEGIN PRIVATE KEY-----\"). Convert an RSA key with: openssl pkcs8 -topk8 -nocrypt "
                    + "-in old.pem -out dkim.pem");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            if (key.getModulus().bitLength() < 1024) {
                throw new IllegalStateException("CONVOCA_DKIM_PRIVATE_KEY: the key has "
                        + key.getModulus().bitLength() + " bits; receivers ignore DKIM keys under 1024 bits.");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("CONVOCA_DKIM_PRIVATE_KEY: " + file + " does not hold an RSA private "
                    + "key in PKCS#8 form.", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
