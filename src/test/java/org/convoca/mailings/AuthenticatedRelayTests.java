package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.convoca.people.EmailStatus;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A relay that wants a login: mailings then go through Jakarta Mail (the path for login and TLS) rather than
 * Convoca's own SMTP client, with the same headers. The context is used by this class alone, so it is closed after
 * it, and keeps few database connections meanwhile.
 */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=mailings-auth", "convoca.smtp.host=127.0.0.1",
        "convoca.smtp.username=convoca", "convoca.smtp.password=relay sécret", "convoca.mailings.poll=100ms",
        "spring.datasource.hikari.maximum-pool-size=5"})
@DirtiesContext
class AuthenticatedRelayTests {

    static final GreenMail RELAY = start();

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    Sending sending;

    private static GreenMail start() {
        GreenMail relay = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("convoca", "relay sécret"));
        relay.start();
        return relay;
    }

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", () -> RELAY.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        RELAY.stop();
    }

    @Test
    void aRelayThatWantsALoginGetsEveryMessageWithItsUnsubscribeHeaders() throws Exception {
        var w = fixtures.workspace("Login");
        fixtures.person(w.id(), "Ana", "ana-auth@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "José", "jose-auth@example.org", "es", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), "Login");

        sending.start(w.id(), m.id());
        Mailing sent = fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));

        assertThat(sent.progress().sent()).isEqualTo(2);
        MimeMessage[] received = RELAY.getReceivedMessages();
        assertThat(Arrays.stream(received).map(RelayTest::recipient))
                .containsExactlyInAnyOrder("ana-auth@example.org", "jose-auth@example.org");
        for (MimeMessage message : received) {
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(message.getSubject()).isIn("Hello Ana", "Hola José");
        }
    }
}
