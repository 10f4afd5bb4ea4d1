package org.convoca.actions.signon;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** One signature as staff see it, with the signer's email (never published). */
public record SignonSignature(UUID id, UUID letterId, UUID listingId, UUID personId, boolean organization,
        Status status, String orgName, String locality, String region, String scope, String website,
        String signerName, String signerTitle, String affiliation, String email, String language, String source,
        Instant createdAt) {

    /** Listed once approved; a letter without moderation approves at once. */
    public enum Status {
        APPROVED, PENDING, REJECTED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> parse(String s) {
            return Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
        }
    }
}
