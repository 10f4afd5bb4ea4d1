package org.convoca.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits work that arrives at the same moment together: signers who press the button at once share one
 * transaction, and so one commit (a round trip and a log record on PostgreSQL, pages written to the file on the
 * embedded database). Under load that halves the slowest answers on both and saves a quarter of a signature's
 * processor time on PostgreSQL (bench/RESULTS.md, Signatures). A caller returns only once the commit that holds its
 * work is done, so a killed server still loses no acknowledged signature.
 *
 * <p>Units of one kind are handed to their {@link Together} all at once, so it can write them with one statement
 * per table instead of one per unit: on PostgreSQL each statement is a round trip, so a group of new signers
 * costs seven round trips instead of seven each (bench/RESULTS.md).
 *
 * <p>If a shared transaction fails for any reason (one signer's details are invalid, two signers raced for the
 * same new address, the database said no), nothing of it is kept and every unit in it is run again in a transaction
 * of its own: one bad unit costs the others only time, and its failure reaches only its own caller.
 */
@Component
class CommitGroups implements SmartLifecycle {

    /** What units of one kind do together, in their group's transaction: one answer per item, in their order. */
    @FunctionalInterface
    interface Together<T, R> {
        List<R> all(List<T> items);
    }

    private record Unit<T, R>(T item, Together<T, R> together, Function<T, R> alone, CompletableFuture<R> done) {

        void runAlone() {
            try {
                done.complete(alone.apply(item));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }
    }

    private final TransactionTemplate tx;
    private final int committers;
    private final int largest;
    private final BlockingQueue<Unit<?, ?>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * By default one committer per processor, and at least two. On two cores two beat four on both databases, and
     * one on H2: more committers only take smaller groups, each with its own commit (bench/RESULTS.md).
     */
    CommitGroups(TransactionTemplate tx, @Value("${convoca.signing.committers:-1}") int committers,
            @Value("${convoca.signing.largest-group:32}") int largest) {
        this.tx = tx;
        this.committers = committers < 0 ? Math.max(2, Runtime.getRuntime().availableProcessors()) : committers;
        this.largest = Math.max(1, largest);
    }

    /**
     * Runs {@code item} with {@code together} in a transaction shared with whatever else is waiting, or, if that
     * transaction fails or the item is alone, with {@code alone}, which starts its own transactions (or joins the
     * caller's). Returns what the one that was kept answered, and throws what {@code alone} threw. Units are of one
     * kind when they are given the same {@code together} object.
     */
    <T, R> R run(T item, Together<T, R> together, Function<T, R> alone) {
        // A caller already in a transaction keeps its work in it: in another thread's transaction it could wait on
        // rows its own transaction holds.
        if (!running || committers == 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return alone.apply(item);
        }
        Unit<T, R> unit = new Unit<>(item, together, alone, new CompletableFuture<>());
        waiting.add(unit);
        if (!running && waiting.remove(unit)) {
            // Stopping: the committers may have finished already.
            return alone.apply(item);
        }
        try {
            return unit.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many units wait for a committer. */
    int waiting() {
        return waiting.size();
    }

    private void commit() {
        List<Unit<?, ?>> group = new ArrayList<>(largest);
        while (running || !waiting.isEmpty()) {
            try {
                Unit<?, ?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, largest - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                group.forEach(u -> u.done().completeExceptionally(t));
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Unit<?, ?>> group) {
        if (group.size() == 1) {
            group.getFirst().runAlone();
            return;
        }
        List<Runnable> answers;
        try {
            answers = tx.execute(s -> Kinds.of(group).stream().flatMap(kind -> kind.run().stream()).toList());
        } catch (RuntimeException failed) {
            group.forEach(Unit::runAlone);
            return;
        }
        answers.forEach(Runnable::run);
    }

    /** The units of a group by kind, in the order each kind first came. */
    private record Kinds<T, R>(Together<T, R> together, List<Unit<T, R>> units) {

        static List<Kinds<?, ?>> of(List<Unit<?, ?>> group) {
            List<Kinds<?, ?>> kinds = new ArrayList<>();
            for (Unit<?, ?> unit : group) {
                add(kinds, unit);
            }
            return kinds;
        }

        @SuppressWarnings("unchecked")
        private static <T, R> void add(List<Kinds<?, ?>> kinds, Unit<T, R> unit) {
            for (Kinds<?, ?> kind : kinds) {
                if (kind.together() == unit.together()) {
                    ((Kinds<T, R>) kind).units().add(unit);
                    return;
                }
            }
            kinds.add(new Kinds<>(unit.together(), new ArrayList<>(List.of(unit))));
        }

        /** Runs the kind's units together; what completes their callers, to be run once the commit is done. */
        List<Runnable> run() {
            List<R> results = together.all(units.stream().map(Unit::item).toList());
            if (results.size() != units.size()) {
                throw new IllegalStateException(results.size() + " answers for " + units.size() + " units");
            }
            List<Runnable> answers = new ArrayList<>(units.size());
            for (int i = 0; i < units.size(); i++) {
                Unit<T, R> unit = units.get(i);
                R result = results.get(i);
                answers.add(() -> unit.done().complete(result));
            }
            return answers;
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < committers; i++) {
            threads.add(Thread.ofPlatform().name("signing-commits-" + i).daemon().start(this::commit));
        }
    }

    /** Finishes what is waiting: the web server has stopped taking requests by now (see {@link #getPhase()}). */
    @Override
    public void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        List<Unit<?, ?>> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(Unit::runAlone);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before and stopped after the web server, which stops at {@code DEFAULT_PHASE - 1024}. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
