package org.convoca.mailings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records recipients' states durably, many at a time: every sending thread hands in its marks and waits, and one
 * thread commits whatever has gathered in a single transaction (group commit). A message's "sending" mark is
 * committed before its SMTP conversation starts and its outcome before the same thread's next message starts, so
 * after a crash at most one message per connection has an unknown fate. A "sending" mark applies only to a row
 * still queued (or claimed by this worker), so of two workers that picked the same row only one sends it; the
 * other marks apply only to this worker's rows. Each mark says whether it applied. The progress counts are added to
 * the mailing now and then ({@link ProgressCounts}).
 */
final class StateLog implements AutoCloseable {

    enum State { SENDING, SENT, FAILED, RETRY, SKIPPED, RELEASED, CANCELLED }

    /** A change to one recipient row; {@code nextAttempt} and {@code error} only for retries and failures. */
    record Mark(long id, UUID mailingId, State state, Instant nextAttempt, String error) {
        static Mark of(long id, UUID mailingId, State state) {
            return new Mark(id, mailingId, state, null, null);
        }
    }

    private record Batch(List<Mark> marks, CompletableFuture<boolean[]> done) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StateLog.class);
    private static final Batch STOP = new Batch(List.of(), null);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String worker;
    private final LinkedBlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private final ProgressCounts progress;

    StateLog(JdbcTemplate jdbc, TransactionTemplate tx, String worker) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.worker = worker;
        this.progress = new ProgressCounts(jdbc);
        this.committer = Thread.ofPlatform().name("mailing-state-log").daemon().start(this::run);
    }

    /** Commits the marks (with others'); for each, whether it applied. */
    CompletableFuture<boolean[]> submit(List<Mark> marks) {
        CompletableFuture<boolean[]> done = new CompletableFuture<>();
        if (marks.isEmpty()) {
            done.complete(new boolean[0]);
        } else {
            queue.add(new Batch(marks, done));
        }
        return done;
    }

    private void run() {
        List<Batch> batches = new ArrayList<>();
        while (true) {
            try {
                Batch first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    writeCounts();
                    continue;
                }
                batches.add(first);
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batches);
            boolean stop = batches.remove(STOP);
            if (!batches.isEmpty()) {
                commit(batches);
            }
            batches.clear();
            if (stop) {
                writeCounts();
                return;
            }
        }
    }

    private void commit(List<Batch> batches) {
        List<Mark> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.marks()));
        try {
            Map<UUID, long[]> tally = ProgressCounts.tally();
            boolean due = progress.due();
            boolean[] applied = tx.execute(status -> {
                boolean[] a = write(all, tally);
                if (due) {
                    progress.write(tally);
                }
                return a;
            });
            if (due) {
                progress.written();
            } else {
                progress.keep(tally);
            }
            int at = 0;
            for (Batch b : batches) {
                boolean[] mine = new boolean[b.marks().size()];
                System.arraycopy(applied, at, mine, 0, mine.length);
                at += mine.length;
                b.done().complete(mine);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record the state of {} mailing recipients", all.size(), e);
            batches.forEach(b -> b.done().completeExceptionally(e));
        }
    }

    private boolean[] write(List<Mark> marks, Map<UUID, long[]> tally) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> args = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            args.add(new Object[] {state(m.state()), m.state() == State.SENT ? now : null,
                m.nextAttempt() == null ? null : Timestamp.from(m.nextAttempt()),
                m.error() == null ? null : m.error().length() > 500 ? m.error().substring(0, 500) : m.error(),
                m.state() == State.RETRY || m.state() == State.FAILED || m.state() == State.SENT ? 1 : 0,
                keepsClaim(m.state()) ? worker : null, m.id(), worker});
        }
        List<Object[]> sending = new ArrayList<>();
        List<Object[]> others = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            (marks.get(i).state() == State.SENDING ? sending : others).add(args.get(i));
        }
        int[] sendingCounts = sending.isEmpty() ? new int[0] : jdbc.batchUpdate("""
                UPDATE mailing_recipients SET state = ?, sent_at = COALESCE(?, sent_at),
                next_attempt_at = COALESCE(?, next_attempt_at), error = COALESCE(?, error),
                attempts = attempts + ?, claimed_by = ? WHERE id = ?
                AND (state = 'queued' OR (state = 'claimed' AND claimed_by = ?))""", sending);
        int[] otherCounts = others.isEmpty() ? new int[0] : jdbc.batchUpdate("""
                UPDATE mailing_recipients SET state = ?, sent_at = COALESCE(?, sent_at),
                next_attempt_at = COALESCE(?, next_attempt_at), error = COALESCE(?, error),
                attempts = attempts + ?, claimed_by = ? WHERE id = ?
                AND (claimed_by = ? OR (claimed_by IS NULL AND state = 'queued'))""", others);
        int[] counts = new int[marks.size()];
        for (int i = 0, a = 0, b = 0; i < marks.size(); i++) {
            counts[i] = marks.get(i).state() == State.SENDING ? sendingCounts[a++] : otherCounts[b++];
        }
        boolean[] applied = new boolean[marks.size()];
        for (int i = 0; i < marks.size(); i++) {
            applied[i] = counts[i] != 0;
            Mark m = marks.get(i);
            int column = switch (m.state()) {
                case SENT -> 0;
                case FAILED -> 1;
                case SKIPPED -> 2;
                default -> -1;
            };
            if (applied[i] && column >= 0) {
                ProgressCounts.count(tally, m.mailingId(), column);
            }
        }
        return applied;
    }

    /** Adds the pending progress counts when no marks have come for a moment, so a quiet send shows them. */
    private void writeCounts() {
        if (progress.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> progress.write(Map.of()));
            progress.written();
        } catch (RuntimeException e) {
            LOG.warn("Could not update the progress of mailings; trying again", e);
        }
    }

    private static String state(State s) {
        return switch (s) {
            case SENDING -> "sending";
            case SENT -> "sent";
            case FAILED -> "failed";
            case RETRY, RELEASED -> "queued";
            case SKIPPED -> "skipped";
            case CANCELLED -> "cancelled";
        };
    }

    /** Only a row being sent stays this worker's; a finished or returned row belongs to no one. */
    private static boolean keepsClaim(State s) {
        return s == State.SENDING;
    }

    @Override
    public void close() {
        queue.add(STOP);
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
