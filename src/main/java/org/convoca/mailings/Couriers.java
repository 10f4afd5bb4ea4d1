package org.convoca.mailings;

import jakarta.mail.Session;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.convoca.mail.Mailer;

/**
 * Opens couriers: SMTP connections to the relay when there is one, else the development mailbox. A relay without
 * TLS or login gets Convoca's own SMTP client; TLS and login go through Jakarta Mail.
 */
final class Couriers {

    private final SmtpSettings smtp;
    private final Session session;
    private final Mailer mailer;
    private final int mailboxLimit;
    private final String helo;
    private final ScheduledThreadPoolExecutor watchdog;
    private final DkimSigner dkim;
    private final Map<UUID, AtomicInteger> kept = MailboxCourier.counters();

    Couriers(SmtpSettings smtp, Mailer mailer, int mailboxLimit, String helo, DkimSigner dkim) {
        this.dkim = dkim;
        this.smtp = smtp;
        this.session = smtp == null ? null : smtp.session();
        this.mailer = mailer;
        this.mailboxLimit = mailboxLimit;
        this.helo = helo;
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().name("smtp-watchdog").daemon()
                .unstarted(r));
        watchdog.setRemoveOnCancelPolicy(true);
    }

    Courier open() {
        if (smtp == null) {
            return new MailboxCourier(mailer, mailboxLimit, kept);
        }
        return smtp.plain() ? new PlainSmtpCourier(smtp, helo, watchdog) : new SmtpCourier(session, smtp);
    }

    /** Whether messages must be written out as bytes (SMTP) rather than handed over in parts. */
    boolean wantsBytes() {
        return smtp != null;
    }

    /** The message as it goes to the relay, signed when DKIM is configured. */
    byte[] wire(Outgoing message) {
        byte[] wire = MimeWriter.write(message);
        return dkim == null ? wire : dkim.sign(wire);
    }
}
