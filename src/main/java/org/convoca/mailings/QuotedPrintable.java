package org.convoca.mailings;

import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable (RFC 2045) written straight into a byte buffer: lines of at most 76 characters, so that no
 * relay rewraps a newsletter, and only 7-bit bytes, so that none needs 8BITMIME. It runs once per part of every
 * message sent, so it works on a plain array.
 */
final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {
    }

    static void encode(String text, Bytes out) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] buf = out.reserve(in.length * 3 + in.length / 24 + 8);
        int at = out.size();
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xFF;
            if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                continue;
            }
            if (b == '\n') {
                buf[at++] = '\r';
                buf[at++] = '\n';
                column = 0;
                continue;
            }
            boolean literal = b >= 33 && b <= 126 && b != '='
                    || (b == ' ' || b == '\t') && i + 1 < in.length && in[i + 1] != '\n' && in[i + 1] != '\r';
            int width = literal ? 1 : 3;
            if (column + width > 75) {
                buf[at++] = '=';
                buf[at++] = '\r';
                buf[at++] = '\n';
                column = 0;
            }
            if (literal) {
                buf[at++] = (byte) b;
            } else {
                buf[at++] = '=';
                buf[at++] = HEX[b >> 4];
                buf[at++] = HEX[b & 0xF];
            }
            column += width;
        }
        out.size(at);
    }
}
