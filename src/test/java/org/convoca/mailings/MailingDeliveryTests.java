package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.convoca.people.EmailStatus;
import org.junit.jupiter.api.Test;

/** Mailings over a real SMTP conversation (GreenMail): who receives them, in which language, with which headers. */
class MailingDeliveryTests extends RelayTest {
    @Test
    void everyoneSubscribedGetsOneCopyInTheirLanguageAndNobodyElseDoes() throws Exception {
        var w = fixtures.workspace("Delivery");
        var other = fixtures.workspace("Other org");
        String tag = "d" + System.nanoTime();
        fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "José", "jose-" + tag + "@example.org", "es-mx", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "", "nolang-" + tag + "@example.org", "", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Uma", "unsub-" + tag + "@example.org", "en", EmailStatus.UNSUBSCRIBED);
        fixtures.person(w.id(), "Bo", "bounce-" + tag + "@example.org", "en", EmailStatus.BOUNCING);
        fixtures.person(w.id(), "Cy", "spam-" + tag + "@example.org", "en", EmailStatus.SPAM_COMPLAINT);
        fixtures.person(other.id(), "Otto", "other-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), "Monthly");

        assertThat(sending.start(w.id(), m.id())).isEqualTo(3);
        Mailing sent = fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));

        assertThat(sent.progress().sent()).isEqualTo(3);
        Map<String, MimeMessage> received = receivedFor(tag);
        assertThat(received.keySet()).containsExactlyInAnyOrder("ana-" + tag + "@example.org",
                "jose-" + tag + "@example.org", "nolang-" + tag + "@example.org");
        assertThat(received.get("ana-" + tag + "@example.org").getSubject()).isEqualTo("Hello Ana");
        assertThat(received.get("jose-" + tag + "@example.org").getSubject()).isEqualTo("Hola José");
        assertThat(received.get("nolang-" + tag + "@example.org").getSubject()).isEqualTo("Hello friend");
    }

    @Test
    void eachMessageCarriesOneClickUnsubscribeListIdAUniqueMessageIdAndBothParts() throws Exception {
        var w = fixtures.workspace("Headers");
        String tag = "h" + System.nanoTime();
        fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Luz", "luz-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), "Headers");

        sending.start(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));

        Map<String, MimeMessage> received = receivedFor(tag);
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received.values()) {
            String unsubscribe = message.getHeader("List-Unsubscribe", ",");
            assertThat(unsubscribe).matches("(?s)<https://news\\.example\\.org/" + w.workspace().slug()
                    + "/unsubscribe/[A-Za-z0-9_-]{86}>,\\s*<mailto:noticias@example\\.org\\?subject=unsubscribe%20"
                    + "[A-Za-z0-9_-]{86}>");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(message.getHeader("List-Id")[0]).contains("<" + w.workspace().slug() + ".newsletter.");
            messageIds.add(message.getMessageID());
            jakarta.mail.internet.InternetAddress from = (jakarta.mail.internet.InternetAddress) message.getFrom()[0];
            assertThat(from.getPersonal()).isEqualTo("Red de Acción");
            assertThat(from.getAddress()).isEqualTo("noticias@example.org");
            MimeMultipart parts = (MimeMultipart) message.getContent();
            assertThat(message.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(text).contains("Our new report", "Read it: https://example.org/report", "123 Main St",
                    "Unsubscribe: https://news.example.org/");
            assertThat(html).contains("<strong>this</strong>", "<table role=\"presentation\"", "123 Main St<br>")
                    .doesNotContain("<script");
        }
        assertThat(messageIds).hasSize(2).allMatch(id -> id.matches("<" + m.id() + "\\.\\d+@example\\.org>"));
    }
}
