package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/** The exact words a person agreed to, where (which form) and when. */
public record Consent(UUID id, UUID personId, String text, String form, Instant givenAt) {
}
