package org.convoca.people.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants in the workspace's time zone, in the reader's language, with the zone named. */
public record Dates(ZoneId zone, Locale locale) {

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone)
                .format(instant);
    }
}
