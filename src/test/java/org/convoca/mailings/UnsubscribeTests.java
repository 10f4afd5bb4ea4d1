package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Leaving in one click, the preference center and the web version, reached through a real message's links. */
class UnsubscribeTests extends RelayTest {

    private static final Pattern HTTPS_LINK = Pattern.compile("<https://news\\.example\\.org(/[^>]+)>");

    @Autowired
    People people;

    @Autowired
    Lists lists;

    @Autowired
    MailingStatistics statistics;

    @Test
    void oneClickPostWithoutCookiesOrLoginUnsubscribesAtOnceAndForEveryLaterMailing() throws Exception {
        var w = fixtures.workspace("One click");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Luz", "luz-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing first = send(w.id(), "First");
        String path = unsubscribePath(receivedFor(tag).get(ana.email()));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(people.find(w.id(), ana.id()).orElseThrow().emailStatus()).isEqualTo(EmailStatus.UNSUBSCRIBED);
        assertThat(statistics.total(w.id(), first.id()).unsubscribed()).isEqualTo(1);

        send(w.id(), "Second");
        assertThat(recipientsOf(tag)).filteredOn(r -> r.startsWith("ana-")).hasSize(1);
        assertThat(recipientsOf(tag)).filteredOn(r -> r.startsWith("luz-")).hasSize(2);
    }

    @Test
    void footerLinkAsksFirstInTheReadersLanguageThenConfirmsAndOffersPreferences() throws Exception {
        var w = fixtures.workspace("Footer link");
        String tag = tag();
        Person jose = fixtures.person(w.id(), "José", "jose-" + tag + "@example.org", "es", EmailStatus.SUBSCRIBED);
        send(w.id(), "Footer");
        String path = unsubscribePath(receivedFor(tag).get(jose.email()));
        WebSession reader = new WebSession(port).acceptLanguage("en");

        WebSession.Page asked = reader.get(path);
        assertThat(asked.text()).contains("¿Dejar de recibir correos de Footer link en j•••@example.org?");
        assertThat(people.find(w.id(), jose.id()).orElseThrow().emailStatus()).isEqualTo(EmailStatus.SUBSCRIBED);

        WebSession.Page done = reader.postRaw(path, Map.of());
        assertThat(done.text()).contains("Te diste de baja", "Guardar mis preferencias");
        assertThat(people.find(w.id(), jose.id()).orElseThrow().emailStatus()).isEqualTo(EmailStatus.UNSUBSCRIBED);
    }

    @Test
    void preferenceCenterLeavesAListChangesTheLanguageAndSubscribesAgain() throws Exception {
        var w = fixtures.workspace("Preferences");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        var alerts = lists.ensure(w.id(), "Rapid-response alerts", "");
        var digest = lists.ensure(w.id(), "Weekly digest", "");
        lists.add(w.id(), alerts.id(), ana.id());
        lists.add(w.id(), digest.id(), ana.id());
        send(w.id(), "Prefs");
        String path = unsubscribePath(receivedFor(tag).get(ana.email())).replace("/unsubscribe/", "/preferences/");
        WebSession reader = new WebSession(port);
        assertThat(reader.get(path).text()).contains("Rapid-response alerts", "Weekly digest");

        WebSession.Page saved = reader.postRaw(path, Map.of("list", digest.id().toString(), "language", "es"));
        assertThat(saved.text()).contains("Tus preferencias están guardadas");
        Person after = people.find(w.id(), ana.id()).orElseThrow();
        assertThat(after.language()).isEqualTo("es");
        assertThat(after.emailStatus()).isEqualTo(EmailStatus.UNSUBSCRIBED);
        assertThat(lists.of(w.id(), ana.id())).extracting(l -> l.name()).containsExactly("Weekly digest");

        reader.postRaw(path, Map.of("list", digest.id().toString(), "language", "es", "subscribed", "true"));
        assertThat(people.find(w.id(), ana.id()).orElseThrow().emailStatus()).isEqualTo(EmailStatus.SUBSCRIBED);
    }

    @Test
    void forgedCutOrForeignTokensAreRefusedAndChangeNothing() throws Exception {
        var w = fixtures.workspace("Tokens");
        var other = fixtures.workspace("Elsewhere");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        send(w.id(), "Tokens");
        String path = unsubscribePath(receivedFor(tag).get(ana.email()));
        String token = path.substring(path.lastIndexOf('/') + 1);
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(85);
        WebSession stranger = new WebSession(port);

        for (String bad : List.of("/" + w.workspace().slug() + "/unsubscribe/" + forged,
                "/" + w.workspace().slug() + "/unsubscribe/" + token.substring(0, 40),
                "/" + other.workspace().slug() + "/unsubscribe/" + token,
                "/" + w.workspace().slug() + "/unsubscribe/%3Cscript%3E'%20OR%201=1--",
                "/" + w.workspace().slug() + "/preferences/" + "x".repeat(5000))) {
            WebSession.Page page = stranger.postRaw(bad, Map.of("List-Unsubscribe", "One-Click"));
            assertThat(page.status()).as(bad).isIn(400, 404);
        }
        assertThat(stranger.get("/" + w.workspace().slug() + "/unsubscribe/" + forged).text())
                .contains("This link does not work");
        assertThat(people.find(w.id(), ana.id()).orElseThrow().emailStatus()).isEqualTo(EmailStatus.SUBSCRIBED);
    }

    @Test
    void webVersionShowsTheSentNewsletterInEachLanguageWithoutPersonalDetails() throws Exception {
        var w = fixtures.workspace("Web version");
        String tag = tag();
        fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing draft = fixtures.bilingual(w.id(), "Not yet");
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/" + w.workspace().slug() + "/newsletters/" + draft.id()).status()).isEqualTo(404);

        Mailing m = send(w.id(), "Web");
        WebSession.Page es = visitor.get("/" + w.workspace().slug() + "/newsletters/" + m.id() + "?lang=es");
        assertThat(es.status()).isEqualTo(200);
        assertThat(es.text()).contains("Nuestro nuevo informe", "Querida amistad").doesNotContain("Ana");
        assertThat(visitor.get("/" + w.workspace().slug() + "/newsletters/" + m.id() + "?lang=en").text())
                .contains("Our new report", "Dear friend");
        assertThat(visitor.get("/other-slug/newsletters/" + m.id()).status()).isEqualTo(404);
    }

    private Mailing send(java.util.UUID workspaceId, String name) throws InterruptedException {
        Mailing m = fixtures.bilingual(workspaceId, name);
        sending.start(workspaceId, m.id());
        return fixtures.await(workspaceId, m.id(), MailingStatus.SENT, Duration.ofSeconds(20));
    }

    private static String unsubscribePath(MimeMessage message) throws Exception {
        Matcher m = HTTPS_LINK.matcher(message.getHeader("List-Unsubscribe", ","));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
