package org.convoca.mailings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DKIM (RFC 6376): rsa-sha256 with relaxed/relaxed canonicalization, over the headers that identify a newsletter
 * and its unsubscribe links, so that a relay or list cannot change them without breaking the signature. Works on
 * the message as {@link MimeWriter} wrote it and returns it with the DKIM-Signature header in front.
 */
final class DkimSigner {

    /** Signed in this order; Reply-To too when the message has one. */
    private static final List<String> SIGNED = List.of("from", "to", "subject", "date", "message-id", "reply-to",
            "list-unsubscribe", "list-unsubscribe-post", "list-id", "mime-version", "content-type");

    private static final Pattern BLANKS = Pattern.compile("[ \t]+");

    private final String domain;
    private final String selector;
    private final PrivateKey key;

    DkimSigner(String domain, String selector, PrivateKey key) {
        this.domain = domain;
        this.selector = selector;
        this.key = key;
    }

    String domain() {
        return domain;
    }

    byte[] sign(byte[] message) {
        int bodyStart = bodyStart(message);
        List<String[]> headers = headers(message, bodyStart);
        StringBuilder names = new StringBuilder();
        StringBuilder signed = new StringBuilder(1024);
        for (String name : SIGNED) {
            String[] header = last(headers, name);
            if (header != null) {
                names.append(names.isEmpty() ? "" : ":").append(name);
                signed.append(relaxed(header[0], header[1])).append("\r\n");
            }
        }
        String unsigned = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=" + selector
                + ";\r\n\tt=" + Instant.now().getEpochSecond() + "; h=" + names + ";\r\n\tbh="
                + Base64.getEncoder().encodeToString(bodyHash(message, bodyStart)) + ";\r\n\tb=";
        signed.append(relaxed("DKIM-Signature", unsigned.substring(unsigned.indexOf(':') + 1)));
        String b;
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.toString().getBytes(StandardCharsets.US_ASCII));
            b = Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The DKIM signature could not be made: " + e.getMessage(), e);
        }
        StringBuilder header = new StringBuilder(unsigned.length() + b.length() + 16).append(unsigned);
        for (int i = 0; i < b.length(); i += 72) {
            header.append(i == 0 ? "" : "\r\n\t").append(b, i, Math.min(b.length(), i + 72));
        }
        byte[] head = header.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + message.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(message, 0, out, head.length, message.length);
        return out;
    }

    /** Where the body begins: after the first empty line. */
    private static int bodyStart(byte[] m) {
        for (int i = 0; i + 3 < m.length; i++) {
            if (m[i] == '\r' && m[i + 1] == '\n' && m[i + 2] == '\r' && m[i + 3] == '\n') {
                return i + 4;
            }
        }
        return m.length;
    }

    /** Each header as name and raw value (folds kept), in order. */
    private static List<String[]> headers(byte[] m, int bodyStart) {
        String block = new String(m, 0, Math.max(0, bodyStart - 2), StandardCharsets.US_ASCII);
        List<String[]> headers = new ArrayList<>();
        for (String field : block.split("\r\n(?![ \t])")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {field.substring(0, colon), field.substring(colon + 1)});
            }
        }
        return headers;
    }

    private static String[] last(List<String[]> headers, String name) {
        for (int i = headers.size() - 1; i >= 0; i--) {
            if (headers.get(i)[0].strip().toLowerCase(Locale.ROOT).equals(name)) {
                return headers.get(i);
            }
        }
        return null;
    }

    /** RFC 6376 3.4.2: lowercase name, unfolded value with runs of blanks as one space, trimmed; no CRLF. */
    static String relaxed(String name, String value) {
        String unfolded = BLANKS.matcher(value.replace("\r\n", "")).replaceAll(" ").strip();
        return name.strip().toLowerCase(Locale.ROOT) + ":" + unfolded;
    }

    /**
     * RFC 6376 3.4.4 hashed line by line: runs of blanks become one space, blanks at line ends and empty lines at
     * the end go.
     */
    static byte[] bodyHash(byte[] m, int from) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] line = new byte[1024];
        int emptyLines = 0;
        int i = from;
        while (i < m.length) {
            int n = 0;
            boolean blank = false;
            while (i < m.length && !(m[i] == '\r' && i + 1 < m.length && m[i + 1] == '\n')) {
                byte c = m[i++];
                if (c == ' ' || c == '\t') {
                    blank = true;
                    continue;
                }
                if (n + 4 > line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                if (blank) {
                    line[n++] = ' ';
                }
                blank = false;
                line[n++] = c;
            }
            i += 2;
            if (n == 0) {
                emptyLines++;
                continue;
            }
            for (; emptyLines > 0; emptyLines--) {
                sha.update((byte) '\r');
                sha.update((byte) '\n');
            }
            line[n++] = '\r';
            line[n++] = '\n';
            sha.update(line, 0, n);
        }
        return sha.digest();
    }
}
