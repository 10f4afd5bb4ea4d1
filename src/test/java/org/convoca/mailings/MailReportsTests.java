package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.convoca.api.ApiClient;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bounces and complaints as relays send them (a Postfix bounce and delay notice, an ARF abuse report, JSON from a
 * webhook), about a message that really went out, through the API with the workspace's key.
 */
class MailReportsTests extends RelayTest {

    @Autowired
    People people;

    @Autowired
    ApiKeys keys;

    @Autowired
    MailingStatistics statistics;

    @Test
    void hardBounceMarksTheAddressBouncingAndCountsForTheMailing() throws Exception {
        Sent s = sendTo("bounce");

        ApiClient.Reply reply = postRaw(s, "postfix-hard-bounce.eml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("applied").asInt()).isEqualTo(1);
        assertThat(status(s)).isEqualTo(EmailStatus.BOUNCING);
        assertThat(statistics.total(s.workspaceId(), s.mailing().id()).bounced()).isEqualTo(1);
    }

    @Test
    void delayNoticeChangesNothing() throws Exception {
        Sent s = sendTo("delay");

        ApiClient.Reply reply = postRaw(s, "postfix-delayed.eml");

        assertThat(reply.json().path("results").path(0).path("type").asString()).isEqualTo("soft_bounce");
        assertThat(reply.json().path("applied").asInt()).isZero();
        assertThat(status(s)).isEqualTo(EmailStatus.SUBSCRIBED);
    }

    @Test
    void abuseReportUnsubscribesTheComplainer() throws Exception {
        Sent s = sendTo("arf");

        postRaw(s, "arf-abuse.eml");

        assertThat(status(s)).isEqualTo(EmailStatus.SPAM_COMPLAINT);
        assertThat(statistics.total(s.workspaceId(), s.mailing().id()).complaints()).isEqualTo(1);
    }

    @Test
    void forwardedUnsubscribeEmailUnsubscribes() throws Exception {
        Sent s = sendTo("mailto");
        String mailto = s.message().getHeader("List-Unsubscribe", ",");
        String subject = mailto.substring(mailto.indexOf("?subject=") + 9, mailto.lastIndexOf('>'))
                .replace("%20", " ");

        ApiClient.Reply reply = post(s, "/api/v1/mail-reports", "From: " + s.person().email()
                + "\r\nTo: noticias@example.org\r\nSubject: " + subject + "\r\n\r\n");

        assertThat(reply.json().path("applied").asInt()).isEqualTo(1);
        assertThat(status(s)).isEqualTo(EmailStatus.UNSUBSCRIBED);
    }

    @Test
    void webhookEventsApplyWithinTheKeysWorkspaceOnly() throws Exception {
        Sent s = sendTo("hook");
        var other = fixtures.workspace("Other hook");
        Person outsider = fixtures.person(other.id(), "Otto", "otto-" + tag() + "@example.org", "en",
                EmailStatus.SUBSCRIBED);

        ApiClient.Reply reply = post(s, "/api/v1/mail-events", "{\"events\": [{\"type\": \"complaint\", \"email\": \""
                + s.person().email().toUpperCase() + "\"}, {\"type\": \"bounce\", \"bounce_type\": \"hard\", "
                + "\"email\": \"" + outsider.email() + "\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("applied").asInt()).isEqualTo(1);
        assertThat(status(s)).isEqualTo(EmailStatus.SPAM_COMPLAINT);
        assertThat(people.find(other.id(), outsider.id()).orElseThrow().emailStatus())
                .isEqualTo(EmailStatus.SUBSCRIBED);
    }

    @Test
    void brokenHostileOrUnauthenticatedReportsAreRefusedClearly() throws Exception {
        Sent s = sendTo("broken");
        ApiClient anonymous = new ApiClient(port, null);

        assertThat(anonymous.post("http://localhost:" + port + "/api/v1/mail-events", "{}").status()).isEqualTo(401);
        assertThat(post(s, "/api/v1/mail-events", "{\"type\": \"explode\"}").error()).contains("type must be");
        assertThat(post(s, "/api/v1/mail-events", "not json' OR 1=1").status()).isEqualTo(400);
        assertThat(post(s, "/api/v1/mail-events", "[" + "{\"type\":\"bounce\"},".repeat(1001) + "{}]").status())
                .isEqualTo(400);
        assertThat(post(s, "/api/v1/mail-reports", "").status()).isEqualTo(400);
        assertThat(post(s, "/api/v1/mail-reports", "x".repeat(1024 * 1024 + 10)).status()).isEqualTo(413);
        ApiClient.Reply junk = post(s, "/api/v1/mail-reports", "Subject: <script>alert(1)</script>\r\n\r\nhi");
        assertThat(junk.status()).isEqualTo(200);
        assertThat(junk.json().path("reports").asInt()).isZero();
        assertThat(status(s)).isEqualTo(EmailStatus.SUBSCRIBED);
    }

    private record Sent(java.util.UUID workspaceId, Person person, Mailing mailing, MimeMessage message, String key) {
    }

    private Sent sendTo(String name) throws Exception {
        var w = fixtures.workspace("Reports " + name);
        String tag = tag();
        Person p = fixtures.person(w.id(), "Ana", name + "-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), name);
        sending.start(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));
        return new Sent(w.id(), p, m, receivedFor(tag).get(p.email()), keys.create(w.id(), "relay").secret());
    }

    private ApiClient.Reply postRaw(Sent s, String sample) throws Exception {
        String raw = sample(sample).replace("${RECIPIENT}", s.person().email())
                .replace("${MESSAGE_ID}", s.message().getMessageID())
                .replace("${LIST_UNSUBSCRIBE}", s.message().getHeader("List-Unsubscribe", ","));
        return new ApiClient(port, s.key()).send(new ApiClient(port, s.key())
                .request("http://localhost:" + port + "/api/v1/mail-reports")
                .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    private ApiClient.Reply post(Sent s, String path, String body) {
        return new ApiClient(port, s.key()).post("http://localhost:" + port + path, body);
    }

    private EmailStatus status(Sent s) {
        return people.find(s.workspaceId(), s.person().id()).orElseThrow().emailStatus();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = MailReportsTests.class.getResourceAsStream("/mail-reports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        }
    }
}
