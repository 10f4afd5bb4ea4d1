package org.convoca.events;

import java.util.Locale;
import java.util.Optional;

/** A scheduled event takes registrations; a postponed one keeps them but has no settled time; a cancelled one is off. */
public enum EventStatus {
    SCHEDULED, POSTPONED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventStatus> parse(String text) {
        for (EventStatus s : values()) {
            if (s.wire().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
