package org.convoca.mailings;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
        header(b, "From", address(o.fromAddress(), o.fromName()));
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

    /** A header value in 7-bit ASCII, RFC 2047-encoded when it needs to be, folded onto lines of 76. */
    static String encode(String value) {
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(value, "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String address(String address, String name) {
        try {
            return MimeUtility.fold(6, new InternetAddress(address, name.isEmpty() ? null : name, "UTF-8").toString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
