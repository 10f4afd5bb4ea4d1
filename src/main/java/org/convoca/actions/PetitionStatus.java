package org.convoca.actions;

import java.util.Locale;
import java.util.Optional;

/** A draft is seen only by staff; an open petition takes signatures; a closed one shows its count and takes none. */
public enum PetitionStatus {
    DRAFT, OPEN, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PetitionStatus> parse(String text) {
        for (PetitionStatus s : values()) {
            if (s.wire().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
