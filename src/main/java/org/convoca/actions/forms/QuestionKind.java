package org.convoca.actions.forms;

import java.util.Locale;
import java.util.Optional;

/** What a question asks for; text answers are bounded by {@link #maxLength}. */
public enum QuestionKind {
    SHORT_TEXT(300), LONG_TEXT(5_000), SINGLE_CHOICE(0), MULTIPLE_CHOICE(0), CHECKBOX(0);

    private final int maxLength;

    QuestionKind(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionKind> parse(String text) {
        for (QuestionKind k : values()) {
            if (k.wire().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
