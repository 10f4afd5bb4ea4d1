package org.convoca.actions.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants in the workspace's time zone, in the reader's language, with the zone named. */
public record Dates(ZoneId zone, Locale locale) {

    public String format(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant) + " "
                + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
    }

    public String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
    }
}
