package org.convoca.mailings;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a message as it goes on the wire: headers (non-ASCII encoded per RFC 2047, long ones folded) and a
 * multipart/alternative body with the text part first and the HTML part last, as mail programs prefer.
 */
final class MimeWriter {

    private MimeWriter() {
    }

    static byte[] write(Outgoing o) {
        Bytes b = new Bytes(o.version().html().size() + o.version().text().size() + 8192);
        String boundary = "=_convoca_" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        header(b, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        header(b, "From", o.fromHeader());
        header(b, "To", o.to());
        if (!o.replyTo().isEmpty()) {
            header(b, "Reply-To", o.replyTo());
        }
        header(b, "Subject", encode(o.subject()));
        header(b, "Message-ID", o.messageId());
        header(b, "List-Id", o.listId());
        header(b, "List-Unsubscribe", "<" + o.unsubscribeUrl() + ">,\r\n <" + o.unsubscribeMailto() + ">");
        header(b, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        header(b, "MIME-Version", "1.0");
        header(b, "Content-Type", "multipart/alternative;\r\n boundary=\"" + boundary + "\"");
        b.crlf();
        part(b, boundary, "text/plain", o.version().text(), o.recipient());
        part(b, boundary, "text/html", o.version().html(), o.recipient());
        b.ascii("--").ascii(boundary).ascii("--").crlf();
        return b.toArray();
    }

    private static void part(Bytes b, String boundary, String type, Template content, Template.Values values) {
        b.ascii("--").ascii(boundary).crlf()
                .ascii("Content-Type: ").ascii(type).ascii("; charset=UTF-8").crlf()
                .ascii("Content-Transfer-Encoding: quoted-printable").crlf().crlf();
        content.writeQuotedPrintable(values, b);
        b.crlf();
    }

    private static void header(Bytes b, String name, String value) {
        b.ascii(name).ascii(": ").ascii(value).crlf();
    }

    /**
     * A header value in 7-bit ASCII: as it is when it is plain ASCII, else as RFC 2047 "B" encoded words of at
     * most 75 characters, one per folded line, never splitting a character. (Jakarta Mail's encoder looks up a
     * service on every call, which showed in profiles of large sends.)
     */
    static String encode(String value) {
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !value.contains("=?")) {
            return fold(value);
        }
        StringBuilder b = new StringBuilder(value.length() * 2);
        int from = 0;
        while (from < value.length()) {
            int to = from;
            int bytes = 0;
            while (to < value.length()) {
                int cp = value.codePointAt(to);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (bytes + size > 45) {
                    break;
                }
                bytes += size;
                to += Character.charCount(cp);
            }
            if (b.length() > 0) {
                b.append("\r\n ");
            }
            b.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                    value.substring(from, to).getBytes(StandardCharsets.UTF_8))).append("?=");
            from = to;
        }
        return b.toString();
    }

    /** Long ASCII header values fold at spaces, so no line passes 78 characters where that can be helped. */
    private static String fold(String value) {
        if (value.length() <= 66) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length() + 8);
        int line = 0;
        for (String word : value.split(" ", -1)) {
            if (line > 0 && line + word.length() > 66) {
                b.append("\r\n");
                line = 0;
            }
            b.append(line > 0 || b.length() > 0 ? " " : "").append(word);
            line += word.length() + 1;
        }
        return b.toString();
    }

    /** {@code "Name" <address>}, its name encoded when needed; made once per mailing. */
    static String address(String address, String name) {
        if (name.isEmpty()) {
            return address;
        }
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        String phrase = ascii ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encode(name);
        return phrase + "\r\n <" + address + ">";
    }
}
