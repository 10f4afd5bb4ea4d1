package org.convoca.mailings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;

/**
 * Without a relay, mailings land in the development mailbox like any other mail. A large send would fill the
 * database with copies nobody reads, so each mailing keeps only its first {@code limit} messages there; the rest
 * are counted as sent without being kept.
 */
final class MailboxCourier implements Courier {

    private final Mailer mailer;
    private final int limit;
    private final Map<java.util.UUID, AtomicInteger> kept;

    MailboxCourier(Mailer mailer, int limit, Map<java.util.UUID, AtomicInteger> kept) {
        this.mailer = mailer;
        this.limit = limit;
        this.kept = kept;
    }

    static Map<java.util.UUID, AtomicInteger> counters() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public void deliver(Outgoing o, byte[] wire) throws Failure {
        if (kept.computeIfAbsent(o.mailingId(), id -> new AtomicInteger()).incrementAndGet() > limit) {
            return;
        }
        try {
            RenderedEmail parts = o.parts();
            mailer.send(new OutgoingEmail(o.to(), o.fromName(), o.fromAddress(), parts.subject(), parts.text(),
                    parts.html(), o.workspaceId(), o.requestedBy()));
        } catch (IllegalArgumentException e) {
            throw new Failure(e.getMessage(), true, e);
        }
    }

    @Override
    public void close() {
    }
}
