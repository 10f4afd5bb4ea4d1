package org.convoca.mailings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads a relay's replies (RFC 5321 4.2), bounded in size, and writes a message's DATA. */
final class SmtpReplies {

    static final byte[] DATA = "DATA\r\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] QUIT = "QUIT\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = ".\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 2048;
    private static final int MAX_LINES = 100;

    /** A reply: its code and its lines as the relay sent them. */
    record Reply(int code, String text) {

        /** Whether an EHLO reply lists the extension. */
        boolean offers(String extension) {
            for (String line : text.split("\n")) {
                String keyword = line.length() < 5 ? "" : line.substring(4).strip().split(" ", 2)[0];
                if (keyword.toUpperCase(Locale.ROOT).equals(extension)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final InputStream in;
    private final byte[] line = new byte[MAX_LINE];

    SmtpReplies(InputStream in) {
        this.in = in;
    }

    /** The next reply; an {@link IOException} when the relay goes away or does not speak SMTP. */
    Reply read() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < MAX_LINES; n++) {
            int length = readLine();
            if (length < 3 || !digits(length)) {
                throw new IOException("The relay's reply is not SMTP.");
            }
            int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(new String(line, 0, length, StandardCharsets.US_ASCII));
            if (length == 3 || line[3] != '-') {
                return new Reply(code, text.toString());
            }
        }
        throw new IOException("The relay's reply is too long.");
    }

    private boolean digits(int length) {
        return line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '9' && line[2] >= '0'
                && line[2] <= '9' && (length == 3 || line[3] == ' ' || line[3] == '-');
    }

    private int readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The relay closed the connection.");
            }
            if (b == '\n') {
                return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            }
            if (length == MAX_LINE) {
                throw new IOException("The relay's reply line is too long.");
            }
            line[length++] = (byte) b;
        }
    }

    /**
     * The message as DATA: a line starting with "." gets another (RFC 5321 4.5.2), then the final ".". The message
     * is CRLF-terminated lines already, as {@link MimeWriter} writes it.
     */
    static void writeDotStuffed(byte[] message, OutputStream out) throws IOException {
        int from = 0;
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '.' && (i == 0 || message[i - 1] == '\n')) {
                out.write(message, from, i - from);
                out.write('.');
                from = i;
            }
        }
        out.write(message, from, message.length - from);
        if (message.length > 0 && message[message.length - 1] != '\n') {
            out.write('\r');
            out.write('\n');
        }
        out.write(END);
    }

    /** An address that cannot end or extend the command it is in. */
    static boolean envelopeSafe(String address) {
        if (address == null || address.isEmpty() || address.length() > 320) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }
}
