package org.convoca.events;

import java.util.Locale;

/** A public event is listed and in the feed; an unlisted one is reachable only by its address. */
public enum Visibility {
    PUBLIC, UNLISTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String text) {
        return "unlisted".equalsIgnoreCase(text == null ? "" : text.strip()) ? UNLISTED : PUBLIC;
    }
}
