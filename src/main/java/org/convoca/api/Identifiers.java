package org.convoca.api;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;

/**
 * Reads an identifier a client sends: a bare id, {@code convoca:<id>}, {@code action_network:<id>}, or a URL
 * ending in one, whatever its host (clients keep Action Network's host in hrefs). Another system's namespace
 * names nothing here.
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String last = s.substring(s.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        if (colon >= 0) {
            String namespace = last.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!namespace.equals("convoca") && !namespace.equals("action_network")) {
                return Optional.empty();
            }
        }
        return Ids.parse(last);
    }
}
