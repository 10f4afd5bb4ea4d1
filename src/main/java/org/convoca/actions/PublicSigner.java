package org.convoca.actions;

import java.time.Instant;

/** What the public page shows of a signer who agreed to be listed: first name, city and comment, nothing more. */
public record PublicSigner(String givenName, String locality, String comment, Instant signedAt) {
}
