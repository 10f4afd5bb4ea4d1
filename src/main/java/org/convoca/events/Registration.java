package org.convoca.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's place at an event. {@code cancelToken} is the secret in their cancel link; whoever holds the
 * link may cancel, as with an unsubscribe link.
 */
public record Registration(UUID id, UUID workspaceId, UUID eventId, UUID personId, RegistrationStatus status,
        String language, String source, String cancelToken, Instant createdAt, Instant modifiedAt) {

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }
}
