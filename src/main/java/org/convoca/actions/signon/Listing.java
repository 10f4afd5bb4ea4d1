package org.convoca.actions.signon;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organization on a letter as staff see it: the spelling listed (staff's choice, else the earliest), every
 * spelling it signed under, earliest first, and how many signatures it has.
 */
public record Listing(UUID id, String name, boolean chosen, List<String> spellings, int signatures,
        Instant createdAt) {

    public Listing {
        spellings = List.copyOf(spellings);
    }
}
