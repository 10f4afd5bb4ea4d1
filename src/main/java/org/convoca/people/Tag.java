package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** A label staff put on people, such as "volunteer" or "Houston". */
public record Tag(UUID id, String name, Instant createdAt, Instant modifiedAt) {
}
