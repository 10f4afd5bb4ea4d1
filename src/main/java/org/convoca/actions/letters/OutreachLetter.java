package org.convoca.actions.letters;

import java.time.Instant;
import java.util.UUID;

/**
 * One target's copy of an outreach, with the target as they were when it was written. {@code deliver} is false for
 * outreaches a script recorded, which are kept but not sent; {@code sentAt} is null until the letter went out.
 */
public record OutreachLetter(UUID targetId, String name, String title, String email, boolean deliver,
        Instant sentAt) {

    public String addressed() {
        return title.isEmpty() ? name : title + " " + name;
    }
}
