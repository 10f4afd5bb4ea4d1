package org.convoca.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * <p>If a shared transaction fails for any reason (one signer's details are invalid, two signers raced for the
 * same new address, the database said no), nothing of it is kept and every unit in it is run again in a transaction
 * of its own: one bad unit costs the others only time, and its failure reaches only its own caller.
 */
@Component
class CommitGroups implements SmartLifecycle {

    private record Unit<T>(Supplier<T> together, Supplier<T> alone, CompletableFuture<T> done) {

        void complete(Object value) {
            @SuppressWarnings("unchecked")
            T t = (T) value;
            done.complete(t);
        }

        void runAlone() {
            try {
                done.complete(alone.get());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }
    }

    private final TransactionTemplate tx;
    private final int committers;
    private final int largest;
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    CommitGroups(TransactionTemplate tx, @Value("${convoca.signing.committers:4}") int committers,
            @Value("${convoca.signing.largest-group:32}") int largest) {
        this.tx = tx;
        this.committers = Math.max(0, committers);
        this.largest = Math.max(1, largest);
    }

    /**
     * Runs {@code together} in a transaction shared with whatever else is waiting, or, if that transaction fails,
     * {@code alone}, which starts its own transactions (or joins the caller's). Returns what the one that was kept
     * returned, and throws what {@code alone} threw.
     */
    <T> T run(Supplier<T> together, Supplier<T> alone) {
        // A caller already in a transaction keeps its work in it: in another thread's transaction it could wait on
        // rows its own transaction holds.
        if (!running || committers == 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return alone.get();
        }
        Unit<T> unit = new Unit<>(together, alone, new CompletableFuture<>());
        waiting.add(unit);
        if (!running && waiting.remove(unit)) {
            // Stopping: the committers may have finished already.
            return alone.get();
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
        List<Unit<?>> group = new ArrayList<>(largest);
        while (running || !waiting.isEmpty()) {
            try {
                Unit<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
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

    private void commit(List<Unit<?>> group) {
        if (group.size() == 1) {
            group.getFirst().runAlone();
            return;
        }
        List<Object> results;
        try {
            results = tx.execute(s -> {
                List<Object> r = new ArrayList<>(group.size());
                group.forEach(u -> r.add(u.together().get()));
                return r;
            });
        } catch (RuntimeException failed) {
            group.forEach(Unit::runAlone);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).complete(results.get(i));
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
        List<Unit<?>> left = new ArrayList<>();
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
