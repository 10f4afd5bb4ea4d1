package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convoca.people.EmailStatus;
import org.convoca.support.SharedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database send one mailing together, each through a relay of its own, so the mail
 * each node sent can be told apart: both take part, and every supporter gets exactly one copy.
 */
class TwoNodesShareASendTests {

    private static final int PEOPLE = 300;

    private final GreenMail relayA = relay();
    private final GreenMail relayB = relay();

    @AfterEach
    void stopRelays() {
        relayA.stop();
        relayB.stop();
    }

    @Test
    void twoNodesSendingOneMailingReachEveryoneExactlyOnceAndBothTakePart() throws Exception {
        Map<String, Object> database = SharedDatabase.fresh("two-nodes");
        try (ConfigurableApplicationContext a = node(database, relayA);
                ConfigurableApplicationContext b = node(database, relayB)) {
            MailingFixtures fixtures = a.getBean(MailingFixtures.class);
            var w = fixtures.workspace("Two nodes");
            for (int i = 0; i < PEOPLE; i++) {
                fixtures.person(w.id(), "P" + i, "p" + i + "@example.org", i % 2 == 0 ? "en" : "es",
                        EmailStatus.SUBSCRIBED);
            }
            Mailing m = fixtures.bilingual(w.id(), "Shared");

            a.getBean(Sending.class).start(w.id(), m.id());
            fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(60));

            Map<String, Long> fromA = recipients(relayA);
            Map<String, Long> fromB = recipients(relayB);
            assertThat(fromA).isNotEmpty();
            assertThat(fromB).isNotEmpty();
            Map<String, Long> copies = new HashMap<>(fromA);
            fromB.forEach((to, n) -> copies.merge(to, n, Long::sum));
            assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, PEOPLE).mapToObj(i -> "p" + i + "@example.org").toList());
            assertThat(copies.values()).containsOnly(1L);
            assertThat(a.getBean(Mailings.class).find(w.id(), m.id()).orElseThrow().progress().sent())
                    .isEqualTo(PEOPLE);
        }
    }

    /**
     * A node sending through its own relay in small claims at a bounded rate, so that the other node has its share
     * before the first is through.
     */
    private static ConfigurableApplicationContext node(Map<String, Object> database, GreenMail relay) {
        return SharedDatabase.node(database, "convoca.smtp.host=127.0.0.1",
                "convoca.smtp.port=" + relay.getSmtp().getPort(), "convoca.mailings.poll=100ms",
                "convoca.mailings.batch-size=10", "convoca.mailings.connections=2",
                "convoca.mailings.rate-per-second=100", "convoca.base-url=https://news.example.org");
    }

    private static Map<String, Long> recipients(GreenMail relay) {
        return Arrays.stream(relay.getReceivedMessages()).map(RelayTest::recipient)
                .collect(Collectors.groupingBy(to -> to, Collectors.counting()));
    }

    private static GreenMail relay() {
        GreenMail relay = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        relay.start();
        return relay;
    }
}
