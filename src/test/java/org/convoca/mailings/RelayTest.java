package org.convoca.mailings;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.support.ConvocaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that send through a real SMTP relay (GreenMail, one for the whole run, so that every such test
 * class shares one application context). Tests tell their messages apart by a tag in the recipients' addresses.
 */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=mailings-smtp", "convoca.smtp.host=127.0.0.1",
        "convoca.mailings.poll=100ms", "convoca.mailings.lease=2s", "convoca.mailings.retry-delay=1s",
        "convoca.base-url=https://news.example.org"})
abstract class RelayTest {

    static final GreenMail RELAY = start();

    @LocalServerPort
    int port;

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    Sending sending;

    private static GreenMail start() {
        GreenMail relay = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        relay.start();
        return relay;
    }

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", () -> RELAY.getSmtp().getPort());
    }

    static String tag() {
        return "t" + System.nanoTime();
    }

    static Map<String, MimeMessage> receivedFor(String tag) {
        return Arrays.stream(RELAY.getReceivedMessages()).filter(m -> recipient(m).contains(tag))
                .collect(Collectors.toMap(RelayTest::recipient, m -> m));
    }

    /** Every recipient address containing {@code tag}, once per message received. */
    static List<String> recipientsOf(String tag) {
        return Arrays.stream(RELAY.getReceivedMessages()).map(RelayTest::recipient).filter(r -> r.contains(tag))
                .toList();
    }

    static void awaitMessages(String tag, int count) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (recipientsOf(tag).size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
