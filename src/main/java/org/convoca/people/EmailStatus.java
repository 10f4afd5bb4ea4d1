package org.convoca.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a person's address may receive mailings; only {@link #SUBSCRIBED} ever does. */
public enum EmailStatus {
    SUBSCRIBED, UNSUBSCRIBED, BOUNCING, SPAM_COMPLAINT;

    /** The value used in the database, CSV files and the APIs. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (s.equals("spam") || s.equals("complaint")) {
            return Optional.of(SPAM_COMPLAINT);
        }
        if (s.equals("bounced")) {
            return Optional.of(BOUNCING);
        }
        return Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
    }
}
