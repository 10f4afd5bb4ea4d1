package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Calendar files as calendar programs read them: the zone's changes, escaped text, short lines. */
class CalendarFileTests {

    static Event event(String zone, String start, String end, EventStatus status, int sequence) {
        return new Event(UUID.fromString("01900000-0000-7000-8000-000000000001"), UUID.randomUUID(), "e", status,
                Visibility.PUBLIC, "en", Instant.parse(start), Instant.parse(end), zone, List.of(), "", "", 0, null,
                List.of(), sequence, false, Map.of("en", new EventText("en", "T", "", "")), List.of(), null, null);
    }

    static String file(Event e, String method, String summary, String location) {
        return CalendarFile.of(method, null, List.of(new CalendarFile.Entry(e, summary, "", location,
                "https://example.org/e", "Unidos", "hola@example.org", "ana@example.org")),
                Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void anEventOnTheSpringForwardNightHasBothOffsetsOfItsZoneAndItsLocalTimes() {
        String ics = file(event("America/Chicago", "2027-03-14T05:00:00Z", "2027-03-14T09:00:00Z",
                EventStatus.SCHEDULED, 0), "REQUEST", "Vigil", "");
        assertThat(ics).contains("DTSTART;TZID=America/Chicago:20270313T230000\r\n",
                "DTEND;TZID=America/Chicago:20270314T040000\r\n",
                "BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\n",
                "BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\n",
                "UID:01900000-0000-7000-8000-000000000001@convoca", "STATUS:CONFIRMED", "METHOD:REQUEST",
                "ORGANIZER;CN=\"Unidos\":mailto:hola@example.org");
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneStandardOffset() {
        String ics = file(event("America/Phoenix", "2027-06-08T19:00:00Z", "2027-06-08T20:00:00Z",
                EventStatus.SCHEDULED, 0), "PUBLISH", "Rally", "");
        assertThat(ics).contains("DTSTART;TZID=America/Phoenix:20270608T120000",
                "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0700\r\nTZNAME:MST")
                .doesNotContain("DAYLIGHT");
    }

    @Test
    void aCancellationKeepsTheUidAndCarriesTheRaisedSequence() {
        String ics = file(event("America/New_York", "2027-06-08T17:00:00Z", "2027-06-08T18:00:00Z",
                EventStatus.CANCELLED, 3), "CANCEL", "Panel", "");
        assertThat(ics).contains("METHOD:CANCEL", "SEQUENCE:3", "STATUS:CANCELLED",
                "UID:01900000-0000-7000-8000-000000000001@convoca");
    }

    @Test
    void textCannotStartAPropertyAndLongLinesAreFoldedWithoutSplittingCharacters() {
        String ics = file(event("America/Chicago", "2027-06-08T17:00:00Z", "2027-06-08T18:00:00Z",
                EventStatus.SCHEDULED, 0), "REQUEST", "Hola; a, b\r\nATTENDEE:mailto:evil@example.org\\ "
                + "ñ".repeat(60) + "🌻".repeat(10), "Casa\nCalle 1, Chicago");
        assertThat(ics).doesNotContain("\r\nATTENDEE:mailto:evil");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Hola\\; a\\, b\\nATTENDEE:mailto:evil@example.org\\\\ ",
                "LOCATION:Casa\\nCalle 1\\, Chicago");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
    }
}
