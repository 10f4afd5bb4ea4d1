package org.convoca.mailings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's share of every send: one dispatcher thread claims batches of recipients of the mailings being sent
 * and hands them to {@code connections} sending threads, each with its own open SMTP connection. Nothing lives only
 * here: claims, states and counts are in the database, so another node, or this one restarted, carries on.
 * Operator commands (which start without a web server) do not send.
 */
@Component
@ConditionalOnWebApplication
class DeliveryWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    /** A claimed recipient waiting for a sending thread. */
    record Job(PreparedMailing mailing, SendQueue.Claim claim, SendQueue.Person person) {
    }

    private final SendQueue queue;
    private final Preparer preparer;
    private final Mailings mailings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Couriers couriers;
    private final DeliverySettings settings;
    private final String id = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final BlockingQueue<Job> jobs;
    private final Map<UUID, PreparedMailing> prepared = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> nextSweep = new ConcurrentHashMap<>();
    private volatile Set<UUID> sending = Set.of();
    private final Object wake = new Object();
    /** Set by {@link #nudge()} so that a nudge just before the dispatcher waits is not lost. */
    private boolean nudged;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    /** When the dispatcher last read which mailings are being sent, so a pause reaches the senders promptly. */
    private Instant lastLook = Instant.EPOCH;
    private StateLog log;
    private Sender sender;

    DeliveryWorker(SendQueue queue, Preparer preparer, Mailings mailings, JdbcTemplate jdbc, TransactionTemplate tx,
            Couriers couriers, DeliverySettings settings) {
        this.queue = queue;
        this.preparer = preparer;
        this.mailings = mailings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.couriers = couriers;
        this.settings = settings;
        this.jobs = new ArrayBlockingQueue<>(settings.claimSize() * 2 + settings.connections());
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        queue.heartbeat(id, Instant.now());
        log = new StateLog(jdbc, tx, id);
        sender = new Sender(jobs, log, couriers, settings, id -> sending.contains(id), () -> running, this::idle);
        threads.add(Thread.ofPlatform().name("mailing-dispatcher").daemon().start(this::dispatch));
        for (int i = 0; i < settings.connections(); i++) {
            threads.add(Thread.ofPlatform().name("mailing-sender-" + i).daemon().start(sender::run));
        }
        LOG.info("Mailing worker {} started with {} connections", id, settings.connections());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        nudge();
        for (Thread t : threads) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        log.close();
        try {
            queue.forget(id);
        } catch (RuntimeException e) {
            // The database may close first at shutdown; the lease then frees this worker's claims.
            LOG.info("Mailing worker {} stopped without saying so: {}", id, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for work now rather than at the next poll, after a send starts or resumes on this node. */
    void nudge() {
        synchronized (wake) {
            nudged = true;
            wake.notifyAll();
        }
    }

    /** Every message handed out has its outcome recorded: whatever is left to sweep can be looked at now. */
    private void idle() {
        nextSweep.clear();
        nudge();
    }

    String id() {
        return id;
    }

    private void dispatch() {
        Instant nextHeartbeat = Instant.now();
        Instant nextReclaim = Instant.now();
        while (running) {
            try {
                Instant now = Instant.now();
                if (!now.isBefore(nextHeartbeat)) {
                    queue.heartbeat(id, now);
                    queue.forgetSilent(now);
                    nextHeartbeat = now.plus(settings.lease().dividedBy(4));
                }
                boolean reclaim = !now.isBefore(nextReclaim);
                if (reclaim) {
                    nextReclaim = now.plus(settings.lease().dividedBy(2));
                }
                synchronized (wake) {
                    nudged = false;
                }
                if (!dispatchOnce(now, reclaim)) {
                    synchronized (wake) {
                        if (!nudged) {
                            wake.wait(settings.poll().toMillis());
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("The mailing worker {} could not look for work; it tries again shortly", id, e);
                sleep(settings.poll().toMillis());
            }
        }
    }

    /** Claims a batch for each mailing being sent while the sending threads have room; false when idle. */
    private boolean dispatchOnce(Instant now, boolean reclaim) throws InterruptedException {
        if (jobs.remainingCapacity() < settings.claimSize() && !reclaim
                && now.isBefore(lastLook.plusMillis(250))) {
            Thread.sleep(2);
            return true;
        }
        lastLook = now;
        List<SendQueue.Active> active = queue.active();
        Set<UUID> ids = new HashSet<>();
        active.forEach(a -> ids.add(a.id()));
        sending = ids;
        prepared.keySet().retainAll(ids);
        nextSweep.keySet().retainAll(ids);
        boolean busy = false;
        for (SendQueue.Active a : active) {
            if (reclaim) {
                int back = queue.reclaim(a.id(), a.workspaceId(), now, settings.lease());
                if (back > 0) {
                    LOG.info("Mailing {}: {} recipients claimed by a stopped worker are queued again", a.id(), back);
                }
            }
            while (running && jobs.remainingCapacity() >= settings.claimSize()) {
                PreparedMailing p = prepared(a);
                if (p == null) {
                    break;
                }
                List<SendQueue.Claim> claims = queue.claimRange(a.id(), a.workspaceId(), settings.claimSize(), now);
                if (claims == null) {
                    claims = sweep(a, now);
                    if (claims.isEmpty()) {
                        break;
                    }
                }
                busy = true;
                hand(p, claims);
            }
            busy |= jobs.remainingCapacity() < settings.claimSize();
        }
        return busy;
    }

    /**
     * Once the cursor is through: the rows still queued, at most every few polls while none turn up (they wait for
     * a retry, or are in another node's hands), and the mailing marked sent when nothing is left. While this node's
     * own last messages are out, the sending thread that records the last outcome nudges, so the mailing is marked
     * sent at once rather than a few polls later.
     */
    private List<SendQueue.Claim> sweep(SendQueue.Active a, Instant now) {
        Instant due = nextSweep.getOrDefault(a.id(), Instant.EPOCH);
        if (now.isBefore(due) || !jobs.isEmpty()) {
            return List.of();
        }
        List<SendQueue.Claim> claims = queue.claim(a.id(), a.workspaceId(), id, settings.claimSize(), now);
        if (claims.isEmpty()) {
            boolean idle = sender.idle();
            if (queue.finishIfDone(a.id(), a.workspaceId(), now)) {
                LOG.info("Mailing {} is sent", a.id());
            } else {
                nextSweep.put(a.id(), now.plus(settings.poll().multipliedBy(idle ? 5 : 1)));
            }
        }
        return claims;
    }

    private void hand(PreparedMailing p, List<SendQueue.Claim> claims) throws InterruptedException {
        UUID ws = p.workspace().id();
        List<UUID> unread = claims.stream().filter(c -> c.person() == null).map(SendQueue.Claim::personId).toList();
        Map<UUID, SendQueue.Person> people = unread.isEmpty() ? new HashMap<>()
                : queue.people(ws, unread, Set.of());
        claims.stream().filter(c -> c.person() != null).forEach(c -> people.put(c.personId(), c.person()));
        queue.addFields(ws, people, p.fields());
        List<StateLog.Mark> skipped = new ArrayList<>();
        for (SendQueue.Claim c : claims) {
            SendQueue.Person person = people.get(c.personId());
            if (person == null || person.email() == null || !"subscribed".equals(person.status())) {
                skipped.add(StateLog.Mark.of(c.id(), p.mailing().id(), StateLog.State.SKIPPED));
            } else {
                jobs.put(new Job(p, c, person));
            }
        }
        sender.commit(skipped);
    }

    private PreparedMailing prepared(SendQueue.Active a) {
        PreparedMailing p = prepared.get(a.id());
        if (p == null) {
            try {
                p = mailings.find(a.workspaceId(), a.id()).map(preparer::prepare).orElse(null);
            } catch (RuntimeException e) {
                LOG.error("Mailing {} cannot be prepared for sending", a.id(), e);
            }
            if (p != null) {
                prepared.put(a.id(), p);
            }
        }
        return p;
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
