package org.convoca.people.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Looks at a file's bytes as they are stored: tells text from binary, UTF-8 from Windows-1252 (what Excel
 * writes when it is not told otherwise), guesses the field separator from the first line, and counts records
 * without decoding, since quotes and line ends are the same bytes in both character sets.
 */
final class Sniffer {

    private boolean first = true;
    private String refusal;
    private boolean validUtf8 = true;
    private int continuation;
    private boolean inQuotes;
    private boolean lineHasContent;
    private boolean firstLineDone;
    private int commas;
    private int semicolons;
    private int tabs;
    private long records;
    private long bytes;

    /** Feeds the next bytes; returns a message key when the file cannot be a CSV file, else null. */
    String accept(byte[] buf, int len) {
        if (first && len > 0) {
            first = false;
            refusal = refuse(buf, len);
            if (refusal != null) {
                return refusal;
            }
        }
        bytes += len;
        for (int i = 0; i < len; i++) {
            int b = buf[i] & 0xFF;
            if (validUtf8) {
                checkUtf8(b);
            }
            if (b == '"') {
                inQuotes = !inQuotes;
            }
            if (!inQuotes && (b == '\n' || b == '\r')) {
                if (lineHasContent) {
                    records++;
                    firstLineDone = true;
                }
                lineHasContent = false;
            } else {
                lineHasContent = true;
                if (!firstLineDone && !inQuotes) {
                    commas += b == ',' ? 1 : 0;
                    semicolons += b == ';' ? 1 : 0;
                    tabs += b == '\t' ? 1 : 0;
                }
            }
        }
        return null;
    }

    long bytes() {
        return bytes;
    }

    /** Records in the file, header included. */
    long records() {
        return records + (lineHasContent ? 1 : 0);
    }

    Charset charset() {
        return validUtf8 && continuation == 0 ? StandardCharsets.UTF_8 : Plan.WINDOWS_1252;
    }

    char separator() {
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String refuse(byte[] buf, int len) {
        if (len >= 4 && buf[0] == 'P' && buf[1] == 'K' && buf[2] == 3 && buf[3] == 4) {
            return "imports.error.workbook";
        }
        if (len >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE
                && buf[1] == (byte) 0xFF))) {
            return "imports.error.utf16";
        }
        int controls = 0;
        int n = Math.min(len, 65536);
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xFF;
            if (b == 0) {
                return "imports.error.binary";
            }
            if (b < 32 && b != '\n' && b != '\r' && b != '\t') {
                controls++;
            }
        }
        return controls > n / 100 ? "imports.error.binary" : null;
    }

    private void checkUtf8(int b) {
        if (continuation > 0) {
            if ((b & 0xC0) != 0x80) {
                validUtf8 = false;
            }
            continuation--;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
            } else {
                validUtf8 = false;
            }
        }
    }
}
