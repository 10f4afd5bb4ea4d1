package org.convoca.mail;

import java.time.Instant;
import java.util.UUID;

/** A message kept in the development mailbox instead of being sent. */
public record CapturedMail(UUID id, UUID workspaceId, String recipient, String sender, String subject,
        String textBody, String htmlBody, Instant sentAt) {

    /** A line of the mailbox list, without the bodies. */
    public record Summary(UUID id, String recipient, String sender, String subject, boolean hasHtml,
            Instant sentAt) {
    }
}
