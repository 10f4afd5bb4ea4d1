package org.convoca.events;

import java.util.Locale;

/** Registered people have a seat; wait-listed ones get the next free seat, in order; cancelled ones have left. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegistrationStatus parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
