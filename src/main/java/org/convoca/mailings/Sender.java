package org.convoca.mailings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each sending thread does, over its own connection: render a message, commit its "sending" mark together
 * with the previous message's outcome, hold the SMTP conversation, and go on. Recipients of a mailing that was
 * paused or cancelled meanwhile are handed back unsent.
 */
final class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final BlockingQueue<DeliveryWorker.Job> jobs;
    private final StateLog log;
    private final Couriers couriers;
    private final DeliverySettings settings;
    private final Predicate<UUID> stillSending;
    private final BooleanSupplier running;
    private final RateLimiter limiter;
    private final Runnable onIdle;
    /** Sending threads holding a job whose outcome is not yet committed. */
    private final AtomicInteger holding = new AtomicInteger();

    Sender(BlockingQueue<DeliveryWorker.Job> jobs, StateLog log, Couriers couriers, DeliverySettings settings,
            Predicate<UUID> stillSending, BooleanSupplier running, Runnable onIdle) {
        this.jobs = jobs;
        this.onIdle = onIdle;
        this.log = log;
        this.couriers = couriers;
        this.settings = settings;
        this.stillSending = stillSending;
        this.running = running;
        this.limiter = new RateLimiter(settings.ratePerSecond());
    }

    void run() {
        List<StateLog.Mark> pending = new ArrayList<>();
        boolean held = false;
        try (Courier courier = couriers.open()) {
            while (true) {
                DeliveryWorker.Job job = jobs.poll(50, TimeUnit.MILLISECONDS);
                if (job == null) {
                    commit(pending);
                    pending.clear();
                    if (held) {
                        held = false;
                        if (holding.decrementAndGet() == 0 && jobs.isEmpty()) {
                            onIdle.run();
                        }
                    }
                    if (!running.getAsBoolean()) {
                        return;
                    }
                    continue;
                }
                if (!held) {
                    held = true;
                    holding.incrementAndGet();
                }
                UUID mailing = job.mailing().mailing().id();
                if (!running.getAsBoolean() || !stillSending.test(mailing)) {
                    pending.add(StateLog.Mark.of(job.claim().id(), mailing, StateLog.State.RELEASED));
                    continue;
                }
                send(job, courier, pending);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(DeliveryWorker.Job job, Courier courier, List<StateLog.Mark> pending)
            throws InterruptedException {
        SendQueue.Claim c = job.claim();
        UUID mailing = job.mailing().mailing().id();
        Outgoing message;
        byte[] wire;
        try {
            SendQueue.Person p = job.person();
            message = job.mailing().outgoing(c.id(), c.personId(), c.language(),
                    Recipient.of(p.email(), p.givenName(), p.familyName(), p.fields()));
            if (!message.to().chars().allMatch(ch -> ch < 128)) {
                throw new IllegalArgumentException("The address needs SMTPUTF8, which is not supported.");
            }
            wire = couriers.wantsBytes() ? couriers.wire(message) : null;
        } catch (RuntimeException e) {
            pending.add(new StateLog.Mark(c.id(), mailing, StateLog.State.FAILED, null, e.getMessage()));
            return;
        }
        limiter.acquire();
        pending.add(StateLog.Mark.of(c.id(), mailing, StateLog.State.SENDING));
        boolean[] applied = commit(pending);
        pending.clear();
        if (applied.length == 0 || !applied[applied.length - 1]) {
            return;
        }
        try {
            courier.deliver(message, wire);
            pending.add(StateLog.Mark.of(c.id(), mailing, StateLog.State.SENT));
        } catch (Courier.Failure f) {
            boolean last = f.permanent() || c.attempts() + 1 >= settings.maxAttempts();
            pending.add(new StateLog.Mark(c.id(), mailing, last ? StateLog.State.FAILED : StateLog.State.RETRY,
                    last ? null : Instant.now().plus(settings.backoff(c.attempts() + 1)), f.getMessage()));
        }
    }

    /** Whether every job handed to this node's sending threads has its outcome committed. */
    boolean idle() {
        return holding.get() == 0 && jobs.isEmpty();
    }

    /**
     * Commits marks, trying again while the database is unreachable: a mark must not be lost, or a row would stay
     * claimed by a live worker. Returns an empty result when this worker stops first.
     */
    boolean[] commit(List<StateLog.Mark> marks) {
        if (marks.isEmpty()) {
            return new boolean[0];
        }
        List<StateLog.Mark> copy = List.copyOf(marks);
        for (long wait = 100; ; wait = Math.min(wait * 2, 5_000)) {
            try {
                return log.submit(copy).join();
            } catch (CompletionException e) {
                LOG.warn("Recording mailing states failed; trying again in {} ms", wait);
                if (!running.getAsBoolean()) {
                    return new boolean[0];
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new boolean[0];
                }
            }
        }
    }
}
