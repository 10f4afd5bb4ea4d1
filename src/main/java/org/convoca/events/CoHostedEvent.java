package org.convoca.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event of another workspace that this one co-hosts, as its staff see it: the title, who runs it, when, how
 * many registered in all, and how many opted in to this workspace. Nothing about anyone who did not opt in.
 */
public record CoHostedEvent(UUID eventId, String title, String ownerName, String ownerSlug, String slug,
        Instant startsAt, long registered, long optIns) {
}
