package org.convoca.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convoca.mail.CapturedMail;
import org.convoca.mail.Mailbox;
import org.convoca.mail.MailboxReader;
import org.springframework.stereotype.Component;

/** Reads a workspace's captured mail the way the development mailbox shows it, waiting for mail still on its way. */
@Component
public class EventInbox {

    private final Mailbox mailbox;

    EventInbox(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    private static MailboxReader reader(UUID workspaceId) {
        return new MailboxReader(workspaceId, UUID.randomUUID(), "nobody@example.invalid", true);
    }

    /** Every message of the workspace to this address, oldest first. */
    public List<CapturedMail> to(UUID workspaceId, String recipient) {
        return mailbox.page(reader(workspaceId), 0, 1000).stream()
                .filter(s -> s.recipient().equalsIgnoreCase(recipient))
                .map(s -> mailbox.find(reader(workspaceId), s.id()).orElseThrow())
                .sorted(java.util.Comparator.comparing(CapturedMail::sentAt)).toList();
    }

    /** Waits up to ten seconds for a message to this address whose subject contains the text. */
    public CapturedMail await(UUID workspaceId, String recipient, String subject) {
        return awaitLong(workspaceId, recipient, subject, Duration.ofSeconds(10));
    }

    public CapturedMail awaitLong(UUID workspaceId, String recipient, String subject, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            var found = to(workspaceId, recipient).stream().filter(m -> m.subject().contains(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No message \"" + subject + "\" to " + recipient + "; got "
                + to(workspaceId, recipient).stream().map(CapturedMail::subject).toList());
    }

    /** The calendar file attached to the message, as text with its folded lines joined again. */
    public String calendar(UUID workspaceId, CapturedMail mail) {
        return mailbox.attachments(reader(workspaceId), mail.id()).stream()
                .filter(a -> a.fileName().endsWith(".ics")).findFirst()
                .map(a -> new String(a.content(), StandardCharsets.UTF_8).replace("\r\n ", "")).orElse(null);
    }

    public String calendarType(UUID workspaceId, CapturedMail mail) {
        return mailbox.attachments(reader(workspaceId), mail.id()).stream()
                .filter(a -> a.fileName().endsWith(".ics")).findFirst().map(a -> a.contentType()).orElse(null);
    }

    static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
