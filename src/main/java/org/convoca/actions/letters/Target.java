package org.convoca.actions.letters;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;

/**
 * A decision maker letters go to: name, title, email, and the regions (such as {@code TX}) or postal-code prefixes
 * (such as {@code 787}) they represent. A target with neither represents everyone.
 */
public record Target(UUID id, UUID workspaceId, String name, String title, String email, List<String> regions,
        List<String> postalPrefixes, Instant createdAt) {

    public static final int NAME = 200;
    public static final int TITLE = 200;
    public static final int AREAS = 200;
    public static final int AREA = 20;

    public Target {
        name = PetitionLimits.clean(name);
        title = PetitionLimits.clean(title);
        email = PetitionLimits.clean(email).toLowerCase(Locale.ROOT);
        regions = regions == null ? List.of() : regions.stream().map(Target::area).filter(a -> !a.isEmpty())
                .distinct().toList();
        postalPrefixes = postalPrefixes == null ? List.of() : postalPrefixes.stream().map(Target::area)
                .filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** Areas as typed: separated by spaces, commas or semicolons. */
    public static List<String> areas(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    static String area(String s) {
        return PetitionLimits.clean(s).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public boolean representsEveryone() {
        return regions.isEmpty() && postalPrefixes.isEmpty();
    }

    /** Whether a supporter in this region and postal code is one of this target's constituents. */
    public boolean represents(String region, String postalCode) {
        if (representsEveryone()) {
            return true;
        }
        String r = area(region);
        String p = area(postalCode);
        return !r.isEmpty() && regions.contains(r) || !p.isEmpty() && postalPrefixes.stream().anyMatch(p::startsWith);
    }

    /** How a letter addresses them: "Senator Ana Ruiz". */
    public String addressed() {
        return title.isEmpty() ? name : title + " " + name;
    }
}
