package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
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
    void workWaitingTogetherIsHandedOverAtOnceAndCommittedInOneTransactionBeforeAnyCallerReturns() throws Exception {
        UUID ws = fixtures.workspace("Groups").id();
        Future<?> first = holdTheCommitter(ws);
        Set<Object> transactions = ConcurrentHashMap.newKeySet();
        List<List<String>> handed = new CopyOnWriteArrayList<>();
        CommitGroups.Together<String, Object> ensure = names -> {
            transactions.add(TransactionSynchronizationManager.getResource(dataSource));
            handed.add(names);
            return names.stream().map(name -> (Object) tags.ensure(ws, name)).toList();
        };
        List<Future<Boolean>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "tag " + i;
            waiting.add(callers.submit(() -> {
                commits.run(name, ensure, n -> tx.execute(s -> tags.ensure(ws, n)));
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
        assertThat(handed).hasSize(1);
        assertThat(handed.getFirst()).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 10).mapToObj(i -> "tag " + i).toList());
        assertThat(tags.count(ws)).isEqualTo(11);
    }

    @Test
    void unitsOfTwoKindsInOneGroupAreEachHandedToTheirOwnKindInTheSameTransaction() throws Exception {
        UUID ws = fixtures.workspace("Groups kinds").id();
        Future<?> first = holdTheCommitter(ws);
        Set<Object> transactions = ConcurrentHashMap.newKeySet();
        CommitGroups.Together<String, String> upper = names -> {
            transactions.add(TransactionSynchronizationManager.getResource(dataSource));
            return names.stream().map(n -> tags.ensure(ws, n.toUpperCase()).name()).toList();
        };
        CommitGroups.Together<String, String> lower = names -> {
            transactions.add(TransactionSynchronizationManager.getResource(dataSource));
            return names.stream().map(n -> tags.ensure(ws, n.toLowerCase()).name()).toList();
        };
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "Kind " + i;
            CommitGroups.Together<String, String> kind = i % 2 == 0 ? upper : lower;
            answers.add(callers.submit(() -> commits.run(name, kind, n -> {
                throw new AssertionError("not to be run alone");
            })));
        }
        awaitWaiting(6);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);

        for (int i = 0; i < 6; i++) {
            String name = "Kind " + i;
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS))
                    .isEqualTo(i % 2 == 0 ? name.toUpperCase() : name.toLowerCase());
        }
        assertThat(transactions).hasSize(1);
    }

    @Test
    void oneFailingUnitFailsOnlyItsOwnCallerAndLeavesNothingBehind() throws Exception {
        UUID ws = fixtures.workspace("Groups fail").id();
        Future<?> first = holdTheCommitter(ws);
        Function<String, Object> work = name -> {
            tags.ensure(ws, name);
            if (name.equals("bad")) {
                throw new IllegalStateException("this signer cannot be saved");
            }
            return name;
        };
        CommitGroups.Together<String, Object> together = names -> names.stream().map(work).toList();
        Function<String, Object> alone = name -> tx.execute(s -> work.apply(name));
        List<Future<?>> good = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "good " + i;
            good.add(callers.submit(() -> commits.run(name, together, alone)));
        }
        Future<?> failing = callers.submit(() -> commits.run("bad", together, alone));
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
            commits.run("inside", names -> {
                throw new AssertionError("not to be grouped");
            }, name -> {
                inner[0] = TransactionSynchronizationManager.getResource(dataSource);
                return tags.ensure(ws, name);
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
        Function<String, Object> alone = name -> tx.execute(s -> {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tags.ensure(ws, name);
        });
        Future<?> first = callers.submit(() -> commits.run("first", names -> {
            throw new AssertionError("a unit alone in its group is run alone");
        }, alone));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }
}
