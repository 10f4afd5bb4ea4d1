package org.convoca.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends mail through the SMTP relay named by {@code CONVOCA_SMTP_HOST} (with {@code CONVOCA_SMTP_PORT},
 * {@code _USERNAME}, {@code _PASSWORD}, {@code _SECURITY}); without one, keeps it in the development mailbox so
 * that nothing is lost and everything can be read.
 */
@Service
public class Mailer {

    private final Mailbox mailbox;
    private final SmtpRelay relay;
    private final String defaultFrom;

    Mailer(Mailbox mailbox, @Value("${convoca.smtp.host:}") String host,
            @Value("${convoca.smtp.port:#{null}}") Integer port,
            @Value("${convoca.smtp.username:}") String username, @Value("${convoca.smtp.password:}") String password,
            @Value("${convoca.smtp.security:none}") String security,
            @Value("${convoca.mail.from:convoca@localhost}") String defaultFrom) {
        this.mailbox = mailbox;
        this.relay = host == null || host.isBlank() ? null : new SmtpRelay(host.strip(), port, username, password,
                security);
        try {
            this.defaultFrom = Headers.address("CONVOCA_MAIL_FROM", defaultFrom);
        } catch (InvalidEmailException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Sends the message, or captures it when no relay is configured.
     *
     * @throws MailDeliveryException when the relay cannot be reached or refuses the message
     */
    public void send(OutgoingEmail email) {
        String from = email.fromAddress() == null ? defaultFrom : email.fromAddress();
        if (relay == null) {
            mailbox.capture(email, email.fromName().isEmpty() ? from : email.fromName() + " <" + from + ">");
        } else {
            relay.send(email, from);
        }
    }

    /** True when there is no SMTP relay, so mail lands in the development mailbox. */
    public boolean capturesMail() {
        return relay == null;
    }
}
