package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work arriving while a commit is under way shares the next transaction; a failure in a shared transaction falls
 * back to each unit alone. One committer and a first unit that holds it make the grouping certain.
 */
@ConvocaTest
class CommitGroupsTests {

    @Autowired Fixtures fixtures;
    @Autowired Tags tags;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;

    private CommitGroups commits;
    private final ExecutorService callers = Executors.newFixedThreadPool(12);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void oneCommitter() {
        commits = new CommitGroups(tx, 1, 32);
        commits.start();
    }

    @AfterEach
    void stop() {
        commits.stop();
        callers.shutdownNow();
    }

    @Test
    void workWaitingTogetherIsCommittedInOneTransactionBeforeAnyCallerReturns() throws Exception {
        UUID ws = fixtures.workspace("Groups").id();
        Future<?> first = holdTheCommitter(ws);
        Set<Object> transactions = ConcurrentHashMap.newKeySet();
        List<Future<Boolean>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "tag " + i;
            waiting.add(callers.submit(() -> {
                commits.run(() -> {
                    transactions.add(TransactionSynchronizationManager.getResource(dataSource));
                    return tags.ensure(ws, name);
                }, () -> tx.execute(s -> tags.ensure(ws, name)));
                // Committed by the time the caller hears back: visible outside any transaction.
                return tags.findByName(ws, name).isPresent();
            }));
        }
        awaitWaiting(10);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);

        for (Future<Boolean> f : waiting) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(transactions).hasSize(1);
        assertThat(tags.count(ws)).isEqualTo(11);
    }

    @Test
    void oneFailingUnitFailsOnlyItsOwnCallerAndLeavesNothingBehind() throws Exception {
        UUID ws = fixtures.workspace("Groups fail").id();
        Future<?> first = holdTheCommitter(ws);
        List<Future<?>> good = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "good " + i;
            Supplier<Object> work = () -> tags.ensure(ws, name);
            good.add(callers.submit(() -> commits.run(work, () -> tx.execute(s -> work.get()))));
        }
        Supplier<Object> bad = () -> {
            tags.ensure(ws, "bad");
            throw new IllegalStateException("this signer cannot be saved");
        };
        Future<?> failing = callers.submit(() -> commits.run(bad, () -> tx.execute(s -> bad.get())));
        awaitWaiting(9);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);

        for (Future<?> f : good) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("this signer cannot be saved");
        assertThat(tags.findByName(ws, "bad")).isEmpty();
        for (int i = 0; i < 8; i++) {
            assertThat(tags.findByName(ws, "good " + i)).isPresent();
        }
        assertThat(tags.count(ws)).isEqualTo(9);
    }

    @Test
    void workFromInsideATransactionStaysInThatTransaction() {
        UUID ws = fixtures.workspace("Groups inside").id();
        Object[] inner = new Object[1];
        Object outer = tx.execute(s -> {
            commits.run(() -> {
                throw new AssertionError("not to be grouped");
            }, () -> {
                inner[0] = TransactionSynchronizationManager.getResource(dataSource);
                return tags.ensure(ws, "inside");
            });
            return TransactionSynchronizationManager.getResource(dataSource);
        });
        assertThat(inner[0]).isSameAs(outer);
        assertThat(tags.findByName(ws, "inside")).isPresent();
    }

    /** Until every caller has handed in its unit, however slow the machine is. */
    private void awaitWaiting(int units) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.waiting() < units && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(commits.waiting()).isEqualTo(units);
    }

    /** A first unit, alone in its group, that keeps the only committer busy until the test lets it go. */
    private Future<?> holdTheCommitter(UUID ws) throws InterruptedException {
        Supplier<Object> work = () -> {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tags.ensure(ws, "first");
        };
        Future<?> first = callers.submit(() -> commits.run(work, () -> tx.execute(s -> work.get())));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }
}
