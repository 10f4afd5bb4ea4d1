package org.convoca.actions.letters;

import java.time.Instant;
import java.util.UUID;

/** An outreach with the writer's details, as staff see it in the list. */
public record Writer(UUID outreachId, UUID personId, String givenName, String familyName, String email,
        String postalCode, String subject, int letters, int sent, Instant writtenAt) {
}
