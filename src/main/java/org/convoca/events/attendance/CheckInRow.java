package org.convoca.events.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the check-in list: someone registered, waiting, or recorded as present without registering
 * ({@code registration} empty), and when they were recorded present, if they were.
 */
public record CheckInRow(UUID personId, String name, String email, String registration, Instant attendedAt) {

    public boolean attended() {
        return attendedAt != null;
    }
}
