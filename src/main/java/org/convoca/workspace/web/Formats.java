package org.convoca.workspace.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as staff read them: in the workspace's time zone and the reader's language. */
public record Formats(ZoneId zone, Locale locale) {

    static Formats of(String zone, Locale locale) {
        try {
            return new Formats(ZoneId.of(zone), locale);
        } catch (DateTimeException e) {
            return new Formats(ZoneId.of("UTC"), locale);
        }
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(at);
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(at);
    }
}
