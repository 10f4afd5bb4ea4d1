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
 * per message) and opened again after a failure.
 */
final class SmtpCourier implements Courier {

    private final Session session;
    private final SmtpSettings settings;
    private Transport transport;

    SmtpCourier(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    @Override
    public void deliver(Outgoing o, byte[] wire) throws Failure {
        try {
            if (transport == null || !transport.isConnected()) {
                close();
                transport = session.getTransport();
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            }
            Prebuilt message = new Prebuilt(session, wire);
            message.setEnvelopeFrom(o.fromAddress());
            transport.sendMessage(message, new Address[] {new InternetAddress(o.to(), false)});
        } catch (SMTPAddressFailedException e) {
            throw new Failure(e.getMessage(), e.getReturnCode() >= 500, e);
        } catch (SMTPSendFailedException e) {
            boolean permanent = e.getReturnCode() >= 500;
            if (!permanent) {
                close();
            }
            throw new Failure(e.getMessage(), permanent, e);
        } catch (MessagingException e) {
            close();
            int code = code(e);
            throw new Failure(e.getMessage(), code >= 500, e);
        }
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
