package org.convoca.events.details;

import java.util.Locale;
import org.convoca.events.EventLimits;

/**
 * Where an in-person event is, in parts (venue, street lines, locality, region, postal code, two-letter country),
 * and the instructions the API carries for attendees. Every part may be empty; each is cut to its column's size.
 */
public record Details(String venue, String addressLines, String locality, String region, String postalCode,
        String country, String instructions) {

    public static final Details NONE = new Details("", "", "", "", "", "", "");
    public static final int INSTRUCTIONS = 4000;

    public Details {
        venue = cut(EventLimits.clean(venue), 200);
        addressLines = cut(EventLimits.cleanBlock(addressLines), 500);
        locality = cut(EventLimits.clean(locality), 100);
        region = cut(EventLimits.clean(region), 100);
        postalCode = cut(EventLimits.clean(postalCode), 20);
        country = EventLimits.clean(country).toUpperCase(Locale.ROOT);
        country = country.matches("[A-Z]{2}") ? country : "";
        instructions = cut(EventLimits.cleanBlock(instructions), INSTRUCTIONS);
    }

    /** The address as one block, for the event's own address field. */
    public String address() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {venue, addressLines,
            String.join(" ", (locality + (region.isEmpty() || locality.isEmpty() ? "" : ",")).strip(), region,
                    postalCode).strip().replaceAll("\\s+", " "), country}) {
            if (!part.isBlank()) {
                b.append(b.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        return b.toString();
    }

    public Details withPlace(String newRegion, String newLocality, String newPostalCode) {
        return new Details(venue, addressLines, newLocality, newRegion, newPostalCode, country, instructions);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
