package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** A static list of people, such as "Board members" or "Press contacts". */
public record PersonList(UUID id, String name, String description, Instant createdAt, Instant modifiedAt) {
}
