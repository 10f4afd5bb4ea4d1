package org.convoca.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * iCalendar files (RFC 5545): invitations and their updates by mail, and a workspace's feed. Times are written in
 * the event's own zone with a VTIMEZONE that spells out its changes around the event, so a calendar shows the
 * event at the right hour even if its time-zone database differs; the UID is the event's, so every update
 * replaces the entry, ordered by SEQUENCE.
 */
public final class CalendarFile {

    /** One event as a calendar shows it; {@code location} is the join link only for registrants. */
    public record Entry(Event event, String summary, String description, String location, String url,
            String organizerName, String organizerEmail, String attendeeEmail) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    public static String uid(Event e) {
        return e.id() + "@convoca";
    }

    /** A calendar with these events; {@code method} is REQUEST, CANCEL or PUBLISH. */
    public static String of(String method, String name, List<Entry> entries, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Convoca//Events//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        if (name != null) {
            lines.add("X-WR-CALNAME:" + text(name));
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        entries.forEach(en -> zones.add(en.event().zone()));
        for (ZoneId zone : zones) {
            Instant from = entries.stream().filter(en -> en.event().zone().equals(zone))
                    .map(en -> en.event().startsAt()).min(Instant::compareTo).orElse(now);
            Instant to = entries.stream().filter(en -> en.event().zone().equals(zone))
                    .map(en -> en.event().endsAt()).max(Instant::compareTo).orElse(now);
            timezone(lines, zone, from.minus(Duration.ofDays(366)), to.plus(Duration.ofDays(366)));
        }
        boolean cancel = "CANCEL".equals(method);
        for (Entry en : entries) {
            Event e = en.event();
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + uid(e));
            lines.add("SEQUENCE:" + e.sequence());
            lines.add("DTSTAMP:" + UTC.format(now));
            lines.add("DTSTART;TZID=" + e.timeZone() + ":" + LOCAL.format(e.startsAt().atZone(e.zone())));
            lines.add("DTEND;TZID=" + e.timeZone() + ":" + LOCAL.format(e.endsAt().atZone(e.zone())));
            lines.add("SUMMARY:" + text(en.summary()));
            if (!en.description().isEmpty()) {
                lines.add("DESCRIPTION:" + text(en.description()));
            }
            if (!en.location().isEmpty()) {
                lines.add("LOCATION:" + text(en.location()));
            }
            lines.add("URL:" + en.url());
            lines.add("STATUS:" + (cancel || e.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            if (en.organizerEmail() != null && !en.organizerEmail().isEmpty()) {
                lines.add("ORGANIZER;CN=" + param(en.organizerName()) + ":mailto:" + en.organizerEmail());
            }
            if (en.attendeeEmail() != null) {
                lines.add("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + en.attendeeEmail());
            }
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> fold(out, l));
        return out.toString();
    }

    /** The zone's offsets and every change between {@code from} and {@code to}, or its one offset if it has none. */
    private static void timezone(List<String> lines, ZoneId zone, Instant from, Instant to) {
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition t = zone.getRules().nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            changes.add(t);
            t = zone.getRules().nextTransition(t.getInstant());
        }
        if (changes.isEmpty()) {
            ZoneOffset offset = zone.getRules().getOffset(from);
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset,
                    EventTimes.abbreviation(from.atZone(zone)));
        }
        for (ZoneOffsetTransition c : changes) {
            boolean daylight = zone.getRules().isDaylightSavings(c.getInstant());
            observance(lines, daylight ? "DAYLIGHT" : "STANDARD", c.getDateTimeBefore(), c.getOffsetBefore(),
                    c.getOffsetAfter(), EventTimes.abbreviation(c.getInstant().atZone(zone)));
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(List<String> lines, String kind, LocalDateTime start, ZoneOffset before,
            ZoneOffset after, String name) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(start));
        lines.add("TZOFFSETFROM:" + offset(before));
        lines.add("TZOFFSETTO:" + offset(after));
        lines.add("TZNAME:" + text(name));
        lines.add("END:" + kind);
    }

    private static String offset(ZoneOffset o) {
        int s = o.getTotalSeconds();
        int m = Math.abs(s) / 60;
        return (s < 0 ? "-" : "+") + String.format("%02d%02d", m / 60, m % 60);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped, so no value can start a property. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\r", "\\n").replace("\n", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value cannot hold. */
    private static String param(String s) {
        return "\"" + s.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Lines of at most 75 octets, continued with CRLF and a space, never splitting a UTF-8 character. */
    private static void fold(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
