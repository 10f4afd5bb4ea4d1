package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** One tag on one person. */
public record Tagging(UUID id, UUID tagId, UUID personId, Instant createdAt) {
}
