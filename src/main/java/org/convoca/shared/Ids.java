package org.convoca.shared;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/**
 * Time-ordered (version 7) UUIDs, so that new rows land at the end of their indexes, and the
 * {@code convoca:} / {@code action_network:} identifier forms the APIs speak.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int sequence;

    private Ids() {
    }

    /**
     * A new identifier. Within one millisecond the 12 bits after the time count up (RFC 9562, method 1), so
     * identifiers made by this process sort in the order they were made, which the APIs' paging relies on.
     */
    public static synchronized UUID newId() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = RANDOM.nextInt(1 << 10);
        } else if (++sequence >= 1 << 12) {
            lastMillis++;
            sequence = 0;
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** Reads a bare UUID, a {@code namespace:uuid} identifier, or a URL ending in one. */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        if (s.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
