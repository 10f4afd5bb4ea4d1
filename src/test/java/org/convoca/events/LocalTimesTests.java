package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.convoca.events.LocalTimes.Exact;
import org.convoca.events.LocalTimes.Fold;
import org.convoca.events.LocalTimes.Gap;
import org.convoca.events.LocalTimes.Overlap;
import org.junit.jupiter.api.Test;

/** Staff type wall-clock times; the hour that is skipped in spring and the one that repeats in fall are not guessed. */
class LocalTimesTests {

    static LocalDateTime local(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void anOrdinaryTimeIsTheInstantOfThatWallClockInTheZone() {
        assertThat(LocalTimes.resolve(local("2026-06-09T12:00"), ZoneId.of("America/Chicago"), null))
                .isEqualTo(new Exact(Instant.parse("2026-06-09T17:00:00Z")));
        assertThat(LocalTimes.resolve(local("2026-01-13T12:00"), ZoneId.of("America/Chicago"), null))
                .isEqualTo(new Exact(Instant.parse("2026-01-13T18:00:00Z")));
    }

    @Test
    void aTimeInTheSpringForwardGapIsRefusedWithTheJumpItFallsIn() {
        for (String zone : new String[] {"America/Chicago", "America/Los_Angeles", "America/New_York"}) {
            assertThat(LocalTimes.resolve(local("2026-03-08T02:30"), ZoneId.of(zone), Fold.EARLIER))
                    .as(zone).isEqualTo(new Gap(local("2026-03-08T02:30"), local("2026-03-08T02:00"),
                            local("2026-03-08T03:00")));
        }
    }

    @Test
    void aTimeInTheFallBackHourNeedsAChoiceAndThenMeansThatOne() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        LocalDateTime doubled = local("2026-11-01T01:30");
        assertThat(LocalTimes.resolve(doubled, chicago, null)).isEqualTo(new Overlap(doubled,
                Instant.parse("2026-11-01T06:30:00Z"), Instant.parse("2026-11-01T07:30:00Z"),
                local("2026-11-01T02:00"), local("2026-11-01T01:00")));
        assertThat(LocalTimes.resolve(doubled, chicago, Fold.EARLIER))
                .isEqualTo(new Exact(Instant.parse("2026-11-01T06:30:00Z")));
        assertThat(LocalTimes.resolve(doubled, chicago, Fold.LATER))
                .isEqualTo(new Exact(Instant.parse("2026-11-01T07:30:00Z")));
        assertThat(LocalTimes.resolve(local("2026-11-01T01:30"), ZoneId.of("America/Los_Angeles"), Fold.LATER))
                .isEqualTo(new Exact(Instant.parse("2026-11-01T09:30:00Z")));
    }

    @Test
    void zonesWithoutDaylightSavingHaveNeitherGapNorOverlap() {
        assertThat(LocalTimes.resolve(local("2026-03-08T02:30"), ZoneId.of("America/Phoenix"), null))
                .isEqualTo(new Exact(Instant.parse("2026-03-08T09:30:00Z")));
        assertThat(LocalTimes.resolve(local("2026-11-01T01:30"), ZoneId.of("America/Bogota"), null))
                .isEqualTo(new Exact(Instant.parse("2026-11-01T06:30:00Z")));
    }
}
