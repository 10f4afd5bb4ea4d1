package org.convoca.actions;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the development mailbox received, waiting a little for background tasks to deliver it. */
@Component
public class SentMail {

    /** One captured message as its recipient would read it. */
    public record Message(String recipient, String sender, String subject, String text, String replyTo) {
    }

    private final JdbcClient jdbc;

    SentMail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Message> to(String recipient) {
        return jdbc.sql("SELECT recipient, sender, subject, text_body, reply_to FROM mailbox WHERE recipient = ? "
                        + "ORDER BY sent_at, id")
                .param(recipient.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /**
     * Waits until {@code count} messages reached the recipient (or half a minute passes: a busy build machine can
     * hold background tasks back that long), then returns what did.
     */
    public List<Message> await(String recipient, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Message> found = to(recipient);
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep(100);
            found = to(recipient);
        }
        return found;
    }

    /** Gives background tasks time to send what they would, so that a test can show nothing (more) came. */
    public List<Message> settle(String recipient) {
        sleep(1500);
        return to(recipient);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
