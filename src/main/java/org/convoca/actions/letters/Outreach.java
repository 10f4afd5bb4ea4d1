package org.convoca.actions.letters;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's letter on one campaign: the subject and the text as sent (their words and their signature), sent to
 * each of its {@link OutreachLetter}s' targets.
 */
public record Outreach(UUID id, UUID workspaceId, UUID campaignId, UUID personId, String language, String subject,
        String message, String source, Instant createdAt, Instant modifiedAt) {
}
