package org.convoca.mailings;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sent, failed and skipped counts behind a sending mailing's progress bar, gathered in memory by one worker's
 * {@link StateLog} and added to the mailing now and then rather than on every commit: on the embedded database a
 * commit writes out every table it touched, and touching the mailing each time cost a good part of the send. A
 * finished mailing's counts are made exact from its recipients ({@link SendQueue#finishIfDone}), so additions that
 * arrive after that are dropped. Used by the state log's one thread only.
 */
final class ProgressCounts {

    private static final long EVERY_NANOS = 250_000_000L;

    private final JdbcTemplate jdbc;
    private final Map<UUID, long[]> pending = new HashMap<>();
    private long writtenAt = System.nanoTime();

    ProgressCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one commit (sent, failed, skipped per mailing), to add once that commit has succeeded. */
    static Map<UUID, long[]> tally() {
        return new HashMap<>();
    }

    static void count(Map<UUID, long[]> tally, UUID mailing, int column) {
        tally.computeIfAbsent(mailing, k -> new long[3])[column]++;
    }

    boolean due() {
        return !pending.isEmpty() && System.nanoTime() - writtenAt > EVERY_NANOS;
    }

    /** Writes what is pending plus this tally, in the caller's transaction; {@link #written} once it commits. */
    void write(Map<UUID, long[]> tally) {
        Map<UUID, long[]> all = new HashMap<>();
        pending.forEach((m, t) -> all.put(m, t.clone()));
        tally.forEach((m, t) -> add(all, m, t));
        all.forEach((mailing, t) -> jdbc.update("UPDATE mailings SET sent_count = sent_count + ?, "
                + "failed_count = failed_count + ?, skipped_count = skipped_count + ? WHERE id = ? "
                + "AND status <> 'sent'", t[0], t[1], t[2], mailing));
    }

    void written() {
        pending.clear();
        writtenAt = System.nanoTime();
    }

    /** Keeps a committed tally for the next write. */
    void keep(Map<UUID, long[]> tally) {
        tally.forEach((m, t) -> add(pending, m, t));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    private static void add(Map<UUID, long[]> into, UUID mailing, long[] t) {
        long[] sum = into.computeIfAbsent(mailing, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
            sum[i] += t[i];
        }
    }
}
