package org.convoca.events;

import java.util.Map;

/** A question the registration form asks, worded per language; {@code position} identifies it. */
public record Question(int position, boolean required, Map<String, String> labels) {

    public Question {
        labels = Map.copyOf(labels);
    }

    /** The wording in this language, or else in any language it has. */
    public String label(String language) {
        String l = labels.get(language);
        return l != null ? l : labels.values().stream().findFirst().orElse("");
    }
}
