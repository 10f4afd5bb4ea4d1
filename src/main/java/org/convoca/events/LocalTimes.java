package org.convoca.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Turns the wall-clock time staff type into an instant. Twice a year that is not a plain lookup: when clocks
 * spring forward a time does not exist (2:30 a.m. on the second Sunday of March in Chicago), and when they fall
 * back a time happens twice (1:30 a.m. on the first Sunday of November). Neither is guessed at: a missing time is
 * refused, and a doubled one is taken only once staff say which of the two they mean.
 */
public final class LocalTimes {

    /** Which of the two moments a doubled wall-clock time means: the first (still daylight time) or the second. */
    public enum Fold { EARLIER, LATER }

    /** What a wall-clock time is in a zone. */
    public sealed interface Resolution permits Exact, Gap, Overlap {
    }

    public record Exact(Instant instant) implements Resolution {
    }

    /** The time falls in the hour clocks skip: {@code from} jumps straight to {@code to}. */
    public record Gap(LocalDateTime asked, LocalDateTime from, LocalDateTime to) implements Resolution {
    }

    /** The time happens twice: first at {@code earlier}, then again at {@code later}. */
    public record Overlap(LocalDateTime asked, Instant earlier, Instant later, LocalDateTime from, LocalDateTime to)
            implements Resolution {
    }

    private LocalTimes() {
    }

    /** The time as it is; {@code fold} picks one of two moments, and is ignored when there is just one. */
    public static Resolution resolve(LocalDateTime local, ZoneId zone, Fold fold) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return new Exact(local.atZone(zone).toInstant());
        }
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        if (offsets.isEmpty()) {
            return new Gap(local, t.getDateTimeBefore(), t.getDateTimeAfter());
        }
        Instant earlier = local.toInstant(t.getOffsetBefore());
        Instant later = local.toInstant(t.getOffsetAfter());
        if (fold == Fold.EARLIER) {
            return new Exact(earlier);
        }
        if (fold == Fold.LATER) {
            return new Exact(later);
        }
        return new Overlap(local, earlier, later, t.getDateTimeBefore(), t.getDateTimeAfter());
    }
}
