package org.convoca.mailings;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * One SMTP connection, kept open from message to message (no new TCP and TLS handshake, no new EHLO and AUTH
 * per message) and opened again after a failure. Relays drop idle connections, so a connection idle for a while is
 * replaced before use, and a reused connection found broken is replaced once at once.
 */
final class SmtpCourier implements Courier {

    private static final long MAX_IDLE_NANOS = 20_000_000_000L;

    private final Session session;
    private final SmtpSettings settings;
    private Transport transport;
    private long lastUse;

    SmtpCourier(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    @Override
    public void deliver(Outgoing o, byte[] wire) throws Failure {
        if (transport != null && System.nanoTime() - lastUse > MAX_IDLE_NANOS) {
            close();
        }
        boolean reused = transport != null;
        try {
            send(o, wire);
        } catch (MessagingException e) {
            close();
            if (!reused || code(e) != 0) {
                throw failure(e);
            }
            try {
                send(o, wire);
            } catch (MessagingException again) {
                close();
                throw failure(again);
            }
        }
    }

    /** Opens the connection if needed; {@code isConnected()} is not asked, as it costs a NOOP round trip. */
    private void send(Outgoing o, byte[] wire) throws MessagingException {
        if (transport == null) {
            transport = session.getTransport();
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        }
        Prebuilt message = new Prebuilt(session, wire);
        message.setEnvelopeFrom(o.fromAddress());
        transport.sendMessage(message, new Address[] {new InternetAddress(o.to(), false)});
        lastUse = System.nanoTime();
    }

    /**
     * A refusal with a 5xx reply is permanent; anything else (4xx, a dropped connection) is worth retrying. The
     * connection is closed after any failure, so no half-finished transaction carries over to the next message.
     */
    private static Failure failure(MessagingException e) {
        return new Failure(e.getMessage(), code(e) >= 500, e);
    }

    private static int code(MessagingException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException()
                : null) {
            if (next instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
        }
        return 0;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is gone either way; the next message opens a new one.
            }
            transport = null;
        }
    }

    /** A message whose bytes are already written, so Jakarta Mail only carries them. */
    private static final class Prebuilt extends SMTPMessage {
        private final byte[] bytes;

        Prebuilt(Session session, byte[] bytes) {
            super(session);
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(bytes);
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(bytes);
        }

        @Override
        public int getSize() {
            return bytes.length;
        }
    }
}
