package org.convoca.actions.signon;

import java.time.Instant;
import java.util.UUID;

/** Two listings that may be one organization, waiting for staff to merge them or keep them apart. */
public record Candidate(UUID id, Listing first, Listing second, Instant createdAt) {
}
