package org.convoca.events;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the event tests that read mail as a real SMTP relay (GreenMail, with a login) receives it, not as
 * Convoca stored it. Each class gets its own relay and context, closed after it, with a small pool.
 */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=event-smtp", "convoca.smtp.host=127.0.0.1",
        "convoca.smtp.username=convoca", "convoca.smtp.password=relay secret",
        "convoca.mail.from=convoca@relay.example.org", "spring.datasource.hikari.maximum-pool-size=5"})
@DirtiesContext
public abstract class EventRelay {

    @RegisterExtension
    protected static final GreenMailExtension RELAY = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("convoca", "relay secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", () -> RELAY.getSmtp().getPort());
    }

    /** Waits up to fifteen seconds for a message to this address whose subject starts with the text. */
    protected static MimeMessage receivedBy(String to, String subject) throws Exception {
        for (long deadline = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < deadline;
                Thread.sleep(100)) {
            var mail = Arrays.stream(RELAY.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subject);
                } catch (MessagingException x) {
                    throw new AssertionError(x);
                }
            }).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
        }
        throw new AssertionError("The relay received no \"" + subject + "\" for " + to);
    }
}
