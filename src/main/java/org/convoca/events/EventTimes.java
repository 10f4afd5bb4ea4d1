package org.convoca.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Event times as people read them: in English "Tuesday, June 9, 2026, 12:00–1:00 p.m. CDT", in Spanish "martes, 9 de
 * junio de 2026, 12:00–1:00 p. m. CDT" (the 12-hour clock with the RAE's "a. m."/"p. m.", as US Spanish-language
 * media write it). Zone abbreviations are the US ones in both languages, because Java's Spanish names get some
 * wrong (it calls New York in June "EST"); a zone without one is written as its offset, "UTC−5".
 */
public final class EventTimes {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DATE_ES = DateTimeFormatter.ofPattern("EEEE, d 'de' MMMM 'de' yyyy",
            SPANISH);
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    private static final DateTimeFormatter SHORT_ES = DateTimeFormatter.ofPattern("EEE d 'de' MMM", SPANISH);
    private static final DateTimeFormatter SPECIFIC = DateTimeFormatter.ofPattern("z", Locale.US);
    private static final DateTimeFormatter GENERIC = DateTimeFormatter.ofPattern("v", Locale.US);

    private EventTimes() {
    }

    /** The whole span in one zone, with the date, e.g. "Tuesday, June 9, 2026, 12:00–1:00 p.m. CDT". */
    public static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        String as = abbreviation(s);
        String ae = abbreviation(e);
        boolean sameDay = s.toLocalDate().equals(e.toLocalDate())
                || (e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        && e.toLocalDate().equals(s.toLocalDate().plusDays(1)) && e.isAfter(s));
        if (!sameDay) {
            return date(s, locale) + ", " + time(s, locale) + " " + as + " – " + date(e, locale) + ", "
                    + time(e, locale) + " " + ae;
        }
        String times;
        if (!as.equals(ae)) {
            times = time(s, locale) + " " + as + "–" + time(e, locale) + " " + ae;
        } else if (s.getHour() < 12 == e.getHour() < 12 && !e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            times = clock(s) + "–" + time(e, locale) + " " + ae;
        } else {
            times = time(s, locale) + "–" + time(e, locale) + " " + ae;
        }
        return date(s, locale) + ", " + times;
    }

    /** The date alone, e.g. "Tuesday, June 9, 2026" or "martes, 9 de junio de 2026". */
    public static String date(ZonedDateTime t, Locale locale) {
        return (isSpanish(locale) ? DATE_ES : DATE_EN).format(t);
    }

    /** The time of day on the 12-hour clock: "1:00 p.m." or "1:00 p. m."; noon is "12:00 p.m.". */
    public static String time(ZonedDateTime t, Locale locale) {
        boolean morning = t.getHour() < 12;
        String marker = isSpanish(locale) ? (morning ? "a. m." : "p. m.") : (morning ? "a.m." : "p.m.");
        return clock(t) + " " + marker;
    }

    private static String clock(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return (h == 0 ? 12 : h) + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
    }

    /** The zone's abbreviation at that moment, "CDT" or "CST", or its offset, "UTC−5", when it has none. */
    public static String abbreviation(ZonedDateTime t) {
        String name = SPECIFIC.format(t);
        return name.startsWith("GMT") ? offset(t) : name;
    }

    /**
     * The name that holds all year, "CT" or "PT", for zones that change their clocks; a zone that does not keeps
     * its one abbreviation ("MST" for Phoenix, which is not on Denver's time half the year).
     */
    public static String generic(ZonedDateTime t) {
        if (t.getZone().getRules().isFixedOffset() || t.getZone().getRules().getTransitionRules().isEmpty()) {
            return abbreviation(t);
        }
        String name = GENERIC.format(t);
        return name.startsWith("GMT") ? abbreviation(t) : name;
    }

    private static String offset(ZonedDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "\u2212" : "+") + minutes / 60
                + (minutes % 60 == 0 ? "" : ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60);
    }

    /**
     * The start in the event's zone and the staff's extra zones, west to east: "10:00 a.m. PT / 1:00 p.m. ET".
     * A zone where the start falls on another day says which. Empty when there are no extra zones.
     */
    public static String otherZones(Instant start, ZoneId eventZone, List<ZoneId> extra, Locale locale) {
        if (extra.isEmpty()) {
            return "";
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(eventZone);
        zones.addAll(extra);
        List<ZonedDateTime> times = new ArrayList<>();
        zones.forEach(z -> times.add(start.atZone(z)));
        times.sort(Comparator.comparingInt(t -> t.getOffset().getTotalSeconds()));
        LocalDate day = start.atZone(eventZone).toLocalDate();
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ZonedDateTime t : times) {
            String part = time(t, locale) + " " + generic(t) + (t.toLocalDate().equals(day) ? ""
                    : " (" + (isSpanish(locale) ? SHORT_ES : SHORT_EN).format(t) + ")");
            if (seen.add(part)) {
                parts.add(part);
            }
        }
        return String.join(" / ", parts);
    }

    /** The span in the viewer's zone, when their clocks differ from the event's at its start or end. */
    public static Optional<String> inViewerZone(Instant start, Instant end, ZoneId eventZone, ZoneId viewer,
            Locale locale) {
        if (viewer == null || (eventZone.getRules().getOffset(start).equals(viewer.getRules().getOffset(start))
                && eventZone.getRules().getOffset(end).equals(viewer.getRules().getOffset(end)))) {
            return Optional.empty();
        }
        return Optional.of(range(start, end, viewer, locale));
    }

    private static boolean isSpanish(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage());
    }
}
