package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.people.EmailStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that dies in the middle of a send, replayed step by step with the real parts (claims, state log,
 * SMTP connection) up to the moment of death; the application's own worker must then finish the send.
 */
class CrashRecoveryTests extends RelayTest {

    private static final String DEAD = "node-dead";

    @Autowired
    SendQueue queue;

    @Autowired
    Preparer preparer;

    @Autowired
    Couriers couriers;

    @Autowired
    Mailings mailings;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void sendResumesByItselfAfterANodeDiesAndEveryoneGetsExactlyOneCopy() throws Exception {
        String tag = tag();
        Scenario s = crashAfter(tag, 30, 10, false);

        sending.resume(s.workspaceId(), s.mailingId());
        fixtures.await(s.workspaceId(), s.mailingId(), MailingStatus.SENT, Duration.ofSeconds(30));

        Map<String, Long> copies = copies(tag);
        assertThat(copies).hasSize(30);
        assertThat(copies.values()).containsOnly(1L);
        assertThat(mailings.find(s.workspaceId(), s.mailingId()).orElseThrow().progress().sent()).isEqualTo(30);
    }

    @Test
    void onlyTheMessageInItsSmtpConversationAtTheCrashCanArriveTwice() throws Exception {
        String tag = tag();
        Scenario s = crashAfter(tag, 20, 5, true);

        sending.resume(s.workspaceId(), s.mailingId());
        fixtures.await(s.workspaceId(), s.mailingId(), MailingStatus.SENT, Duration.ofSeconds(30));

        Map<String, Long> copies = copies(tag);
        assertThat(copies).hasSize(20);
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .containsExactly(s.inFlight());
        assertThat(copies.get(s.inFlight())).isEqualTo(2);
    }

    private record Scenario(UUID workspaceId, UUID mailingId, String inFlight) {
    }

    /**
     * People and a started send that the dead node claimed whole: it delivered {@code delivered} messages and
     * recorded them, marked the next one "sending" (and, if {@code inFlightArrived}, got it accepted), then died.
     */
    private Scenario crashAfter(String tag, int people, int delivered, boolean inFlightArrived) throws Exception {
        var w = fixtures.workspace("Crash " + tag);
        for (int i = 0; i < people; i++) {
            fixtures.person(w.id(), "P" + i, "p" + i + "-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        }
        Mailing m = fixtures.bilingual(w.id(), "Crash");
        tx.executeWithoutResult(status -> {
            sending.start(w.id(), m.id());
            sending.pause(w.id(), m.id());
        });
        queue.heartbeat(DEAD, Instant.now().minus(Duration.ofMinutes(5)));
        List<SendQueue.Claim> claims = queue.claim(m.id(), w.id(), DEAD, people, Instant.now());
        PreparedMailing prepared = preparer.prepare(mailings.find(w.id(), m.id()).orElseThrow());
        String inFlight;
        try (StateLog log = new StateLog(jdbcTemplate, tx, DEAD); Courier courier = couriers.open()) {
            for (int i = 0; i < delivered; i++) {
                Outgoing o = outgoing(prepared, claims.get(i), w.id());
                log.submit(List.of(StateLog.Mark.of(o.recipientId(), m.id(), StateLog.State.SENDING))).join();
                courier.deliver(o, MimeWriter.write(o));
                log.submit(List.of(StateLog.Mark.of(o.recipientId(), m.id(), StateLog.State.SENT))).join();
            }
            Outgoing last = outgoing(prepared, claims.get(delivered), w.id());
            log.submit(List.of(StateLog.Mark.of(last.recipientId(), m.id(), StateLog.State.SENDING))).join();
            if (inFlightArrived) {
                courier.deliver(last, MimeWriter.write(last));
            }
            inFlight = last.to();
        }
        awaitMessages(tag, delivered + (inFlightArrived ? 1 : 0));
        return new Scenario(w.id(), m.id(), inFlight);
    }

    private Outgoing outgoing(PreparedMailing prepared, SendQueue.Claim claim, UUID workspaceId) {
        SendQueue.Person p = queue.people(workspaceId, List.of(claim.personId()), prepared.fields())
                .get(claim.personId());
        return prepared.outgoing(claim.id(), claim.personId(), claim.language(),
                Recipient.of(p.email(), p.givenName(), p.familyName(), p.fields()));
    }

    private static Map<String, Long> copies(String tag) {
        return recipientsOf(tag).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
