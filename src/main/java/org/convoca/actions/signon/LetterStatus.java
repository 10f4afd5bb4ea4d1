package org.convoca.actions.signon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A letter is written as a draft, open for signing once published, and closed when staff end it. */
public enum LetterStatus {
    DRAFT, OPEN, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LetterStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
    }
}
