package org.convoca.mailings;

import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable (RFC 2045) written straight into a byte buffer: lines of at most 76 characters, so that no
 * relay rewraps a newsletter, and only 7-bit bytes, so that none needs 8BITMIME.
 */
final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {
    }

    static void encode(String text, Bytes out) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            if (b == '\n') {
                out.crlf();
                column = 0;
                continue;
            }
            boolean endOfLine = i + 1 == bytes.length || bytes[i + 1] == '\n' || bytes[i + 1] == '\r';
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !endOfLine);
            int width = literal ? 1 : 3;
            if (column + width > 75) {
                out.put('=').crlf();
                column = 0;
            }
            if (literal) {
                out.put(b);
            } else {
                out.put('=').put(HEX[b >> 4]).put(HEX[b & 0xF]);
            }
            column += width;
        }
    }
}
