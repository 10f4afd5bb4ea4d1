package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** One entry on a person's timeline: "signed up through the API", "imported from members.csv", "tagged volunteer". */
public record Activity(UUID id, UUID personId, String kind, String summary, Instant occurredAt) {
}
