package org.convoca.mailings;

import jakarta.mail.Session;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.convoca.mail.Mailer;

/** Opens couriers: SMTP connections to the relay when there is one, else the development mailbox. */
final class Couriers {

    private final SmtpSettings smtp;
    private final Session session;
    private final Mailer mailer;
    private final int mailboxLimit;
    private final Map<UUID, AtomicInteger> kept = MailboxCourier.counters();

    Couriers(SmtpSettings smtp, Mailer mailer, int mailboxLimit) {
        this.smtp = smtp;
        this.session = smtp == null ? null : smtp.session();
        this.mailer = mailer;
        this.mailboxLimit = mailboxLimit;
    }

    Courier open() {
        return smtp == null ? new MailboxCourier(mailer, mailboxLimit, kept) : new SmtpCourier(session, smtp);
    }

    /** Whether messages must be written out as bytes (SMTP) rather than handed over in parts. */
    boolean wantsBytes() {
        return smtp != null;
    }
}
