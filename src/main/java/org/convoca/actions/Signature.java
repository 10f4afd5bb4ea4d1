package org.convoca.actions;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's signature on one petition. {@code listed}: they agreed to show their first name, city and
 * comment on the public page.
 */
public record Signature(UUID id, UUID workspaceId, UUID petitionId, UUID personId, String language, String comment,
        boolean listed, String source, Instant createdAt, Instant modifiedAt) {
}
