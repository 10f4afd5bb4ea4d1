package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** One person on one list. */
public record ListItem(UUID id, UUID listId, UUID personId, Instant createdAt) {
}
