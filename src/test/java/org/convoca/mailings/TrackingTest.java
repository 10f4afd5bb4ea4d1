package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;

/** Sends through the real relay with tracking on or off, and follows the links as a reader's browser would. */
abstract class TrackingTest extends RelayTest {

    static final String BASE = "https://news.example.org";

    @Autowired
    Fixtures staffFixtures;

    @Autowired
    Mailings mailings;

    @Autowired
    MailingStatistics statistics;

    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A tracked mailing sent to Ana alone, and the message she received. */
    record Sent(Fixtures.TestWorkspace workspace, Mailing mailing, MimeMessage message) {
    }

    Sent trackedToAna(String name) throws Exception {
        var w = fixtures.workspace(name);
        turnTracking(w, true);
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = send(w.id(), linked(w.id(), name));
        return new Sent(w, m, receivedFor(tag).get(ana.email()));
    }

    /** As an organizer would, on the settings page. */
    void turnTracking(Fixtures.TestWorkspace w, boolean on) {
        WebSession organizer = staffFixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page saved = organizer.post("/admin/mailings/tracking", "/admin/mailings/tracking",
                on ? Map.of("track", "on") : Map.of());
        assertThat(saved.status()).isEqualTo(200);
    }

    /** A bilingual mailing with every kind of link: buttons, Markdown, an image's link, mail and per-person ones. */
    Mailing linked(UUID workspaceId, String name) {
        Mailing m = Mailing.draft(name).withAudience(new Audience(true, List.of()))
                .withVersion(new MailingVersion("en", "News for {{given_name|friend}}", "",
                        List.of(new Block.Text("[Read our report](https://example.org/report?a=1&b=2), "
                                        + "[write to us](mailto:info@example.org) or [see yours](https://example.org/p?e={{email}})."),
                                new Block.Button("Join us", "https://example.org/join"),
                                new Block.Html("<p><a href=\"https://example.org/photos\"><img "
                                        + "src=\"https://example.org/photo.png\" alt=\"Photos\"></a> <a "
                                        + "href=\"javascript:alert(1)\">bad</a></p>"))))
                .withVersion(new MailingVersion("es", "Noticias para {{given_name|amistad}}", "",
                        List.of(new Block.Text("[Lee el informe](https://example.org/report?a=1&b=2)"),
                                new Block.Button("Únete", "https://example.org/join"))));
        return mailings.create(workspaceId, m, null);
    }

    Mailing send(UUID workspaceId, Mailing m) throws InterruptedException {
        sending.start(workspaceId, m.id());
        return fixtures.await(workspaceId, m.id(), MailingStatus.SENT, Duration.ofSeconds(20));
    }

    static String clickLinkTo(MimeMessage message, String label) throws Exception {
        return Jsoup.parse(part(message, 1)).select("a").stream().filter(a -> a.text().equals(label))
                .findFirst().orElseThrow().attr("href");
    }

    HttpResponse<String> get(String address) throws Exception {
        return browser.send(HttpRequest.newBuilder(local(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The configured public address, reached on this test's server. */
    URI local(String address) {
        return URI.create(address.replace(BASE, "http://localhost:" + port));
    }

    static List<String> hrefs(String html) {
        return Jsoup.parse(html).select("a[href]").stream().map(a -> a.attr("href")).toList();
    }

    static String part(MimeMessage message, int index) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
    }

    static String raw(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8).replace("=\r\n", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
