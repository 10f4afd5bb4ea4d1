package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How event times read, in English and Spanish, on ordinary days and across daylight-saving changes. */
class EventTimesTests {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ES = Locale.forLanguageTag("es");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void aSummerWebinarInChicagoReadsInCentralDaylightTimeInBothLanguages() {
        Instant start = at("2026-06-09T17:00:00Z");
        Instant end = at("2026-06-09T18:00:00Z");
        assertThat(EventTimes.range(start, end, CHICAGO, EN)).isEqualTo("Tuesday, June 9, 2026, 12:00–1:00 p.m. CDT");
        assertThat(EventTimes.range(start, end, CHICAGO, ES))
                .isEqualTo("martes, 9 de junio de 2026, 12:00–1:00 p. m. CDT");
    }

    @Test
    void theSameNoonWebinarIsAnHourLaterInUtcOnceClocksSpringForward() {
        assertThat(EventTimes.range(at("2026-03-07T18:00:00Z"), at("2026-03-07T19:00:00Z"), CHICAGO, EN))
                .isEqualTo("Saturday, March 7, 2026, 12:00–1:00 p.m. CST");
        assertThat(EventTimes.range(at("2026-03-09T17:00:00Z"), at("2026-03-09T18:00:00Z"), CHICAGO, EN))
                .isEqualTo("Monday, March 9, 2026, 12:00–1:00 p.m. CDT");
        assertThat(EventTimes.range(at("2026-11-02T18:00:00Z"), at("2026-11-02T19:00:00Z"), CHICAGO, ES))
                .isEqualTo("lunes, 2 de noviembre de 2026, 12:00–1:00 p. m. CST");
    }

    @Test
    void aMorningToAfternoonSpanNamesBothHalvesOfTheDay() {
        assertThat(EventTimes.range(at("2026-06-09T16:30:00Z"), at("2026-06-09T18:00:00Z"), CHICAGO, EN))
                .isEqualTo("Tuesday, June 9, 2026, 11:30 a.m.–1:00 p.m. CDT");
        assertThat(EventTimes.range(at("2026-06-09T16:30:00Z"), at("2026-06-09T18:00:00Z"), CHICAGO, ES))
                .isEqualTo("martes, 9 de junio de 2026, 11:30 a. m.–1:00 p. m. CDT");
    }

    @Test
    void anEventOverTheSpringForwardNightShowsEachEndInItsOwnTime() {
        // 11 p.m. CST to 4 a.m. CDT is four hours of wall clock but three hours long.
        assertThat(EventTimes.range(at("2026-03-08T05:00:00Z"), at("2026-03-08T08:00:00Z"), CHICAGO, EN))
                .isEqualTo("Saturday, March 7, 2026, 11:00 p.m. CST – Sunday, March 8, 2026, 3:00 a.m. CDT");
        assertThat(EventTimes.range(at("2026-03-08T05:00:00Z"), at("2026-03-08T08:00:00Z"), CHICAGO, ES))
                .isEqualTo("sábado, 7 de marzo de 2026, 11:00 p. m. CST – domingo, 8 de marzo de 2026, 3:00 a. m. CDT");
    }

    @Test
    void anEventOverTheFallBackHourNamesTheZoneAtEachEnd() {
        assertThat(EventTimes.range(at("2026-11-01T05:30:00Z"), at("2026-11-01T07:30:00Z"), CHICAGO, EN))
                .isEqualTo("Sunday, November 1, 2026, 12:30 a.m. CDT–1:30 a.m. CST");
        assertThat(EventTimes.range(at("2026-11-01T08:30:00Z"), at("2026-11-01T09:30:00Z"), NEW_YORK, EN))
                .isEqualTo("Sunday, November 1, 2026, 3:30–4:30 a.m. EST");
    }

    @Test
    void aPanelIsAnnouncedInPacificAndEasternTimeAllYear() {
        List<ZoneId> pacific = List.of(LOS_ANGELES);
        assertThat(EventTimes.otherZones(at("2026-06-10T17:00:00Z"), NEW_YORK, pacific, EN))
                .isEqualTo("10:00 a.m. PT / 1:00 p.m. ET");
        assertThat(EventTimes.otherZones(at("2026-01-14T18:00:00Z"), NEW_YORK, pacific, EN))
                .isEqualTo("10:00 a.m. PT / 1:00 p.m. ET");
        assertThat(EventTimes.otherZones(at("2026-01-14T18:00:00Z"), NEW_YORK, List.of(LOS_ANGELES, CHICAGO), ES))
                .isEqualTo("10:00 a. m. PT / 12:00 p. m. CT / 1:00 p. m. ET");
        assertThat(EventTimes.otherZones(at("2026-01-14T18:00:00Z"), NEW_YORK, List.of(), EN)).isEmpty();
    }

    @Test
    void anotherZoneWhereTheStartFallsOnTheNextDaySaysSo() {
        assertThat(EventTimes.otherZones(at("2026-06-10T05:00:00Z"), LOS_ANGELES, List.of(NEW_YORK), EN))
                .isEqualTo("10:00 p.m. PT / 1:00 a.m. ET (Wed, Jun 10)");
    }

    @Test
    void phoenixKeepsMountainStandardTimeAndMatchesLosAngelesOnlyInSummer() {
        Instant june = at("2026-06-09T19:00:00Z");
        Instant january = at("2026-01-13T19:00:00Z");
        assertThat(EventTimes.range(june, june.plusSeconds(3600), PHOENIX, EN))
                .isEqualTo("Tuesday, June 9, 2026, 12:00–1:00 p.m. MST");
        assertThat(EventTimes.range(january, january.plusSeconds(3600), PHOENIX, EN))
                .isEqualTo("Tuesday, January 13, 2026, 12:00–1:00 p.m. MST");
        assertThat(EventTimes.inViewerZone(june, june.plusSeconds(3600), PHOENIX, LOS_ANGELES, EN)).isEmpty();
        assertThat(EventTimes.inViewerZone(january, january.plusSeconds(3600), PHOENIX, LOS_ANGELES, EN))
                .contains("Tuesday, January 13, 2026, 11:00 a.m.–12:00 p.m. PST");
        assertThat(EventTimes.otherZones(june, PHOENIX, List.of(CHICAGO), EN)).isEqualTo("12:00 p.m. MST / 2:00 p.m. CT");
        assertThat(EventTimes.otherZones(january, PHOENIX, List.of(CHICAGO), EN)).isEqualTo("12:00 p.m. MST / 1:00 p.m. CT");
    }

    @Test
    void bogotaHasNoAbbreviationAndIsWrittenAsItsOffset() {
        Instant start = at("2026-06-09T17:00:00Z");
        assertThat(EventTimes.range(start, start.plusSeconds(5400), BOGOTA, ES))
                .isEqualTo("martes, 9 de junio de 2026, 12:00–1:30 p. m. UTC\u22125");
        assertThat(EventTimes.inViewerZone(start, start.plusSeconds(5400), CHICAGO, BOGOTA, EN)).isEmpty();
        Instant winter = at("2026-01-13T18:00:00Z");
        assertThat(EventTimes.inViewerZone(winter, winter.plusSeconds(3600), CHICAGO, BOGOTA, EN))
                .contains("Tuesday, January 13, 2026, 1:00–2:00 p.m. UTC\u22125");
    }

    @Test
    void theViewersOwnZoneIsShownOnlyWhenTheirClocksDiffer() {
        Instant start = at("2026-06-09T17:00:00Z");
        Instant end = at("2026-06-09T18:00:00Z");
        assertThat(EventTimes.inViewerZone(start, end, CHICAGO, NEW_YORK, EN))
                .contains("Tuesday, June 9, 2026, 1:00–2:00 p.m. EDT");
        assertThat(EventTimes.inViewerZone(start, end, CHICAGO, ZoneId.of("America/Winnipeg"), EN)).isEmpty();
        assertThat(EventTimes.inViewerZone(start, end, CHICAGO, null, EN)).isEmpty();
    }

    @Test
    void inTheWeeksWhenOnlyTheUnitedStatesHasChangedClocksMadridIsSixHoursAheadNotSeven() {
        Instant march = at("2026-03-16T17:00:00Z");
        Instant may = at("2026-05-18T17:00:00Z");
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        assertThat(EventTimes.inViewerZone(march, march.plusSeconds(3600), CHICAGO, madrid, ES))
                .contains("lunes, 16 de marzo de 2026, 6:00–7:00 p. m. CET");
        assertThat(EventTimes.inViewerZone(may, may.plusSeconds(3600), CHICAGO, madrid, ES))
                .contains("lunes, 18 de mayo de 2026, 7:00–8:00 p. m. CEST");
    }

    @Test
    void midnightIsTwelveAmAndAnEventEndingAtMidnightStaysOnItsDay() {
        assertThat(EventTimes.range(at("2026-06-10T04:00:00Z"), at("2026-06-10T05:00:00Z"), CHICAGO, EN))
                .isEqualTo("Tuesday, June 9, 2026, 11:00 p.m.–12:00 a.m. CDT");
    }
}
