package org.convoca.events.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A supporter's offer to host an event in a campaign: the event (an unlisted event of the campaign's workspace),
 * the person who offered it ({@code null} once deleted), where review stands, and the language they wrote in.
 */
public record Hosting(UUID eventId, UUID workspaceId, UUID campaignId, UUID personId, Status status, String language,
        String declineReason, Instant createdAt) {

    /** Pending and declined offers stay off every public page; approved ones are listed like any event. */
    public enum Status {
        PENDING, APPROVED, DECLINED;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
