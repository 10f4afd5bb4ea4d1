package org.convoca.actions;

import java.time.Instant;
import java.util.UUID;

/** A signature with the signer's details, as staff see it in the list and the export. */
public record Signer(UUID signatureId, UUID personId, String givenName, String familyName, String email,
        String postalCode, String locality, String language, String comment, boolean listed, String source,
        Instant signedAt) {
}
