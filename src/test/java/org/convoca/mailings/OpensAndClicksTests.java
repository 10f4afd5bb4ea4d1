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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens and clicks, through messages received over real SMTP: off by default, and when a workspace turns it on,
 * every web link goes through a signed click address that redirects only to the mailing's own stored links.
 */
class OpensAndClicksTests extends RelayTest {

    static final String BASE = "https://news.example.org";

    @Autowired
    Fixtures staffFixtures;

    @Autowired
    Mailings mailings;

    @Autowired
    MailingStatistics statistics;

    @Autowired
    Previews previews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.convoca.people.Activities activities;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void byDefaultAMessageHasNoPixelAndItsLinksAreExactlyAsWritten() throws Exception {
        var w = fixtures.workspace("Untracked");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = send(w.id(), linked(w.id(), "Plain"));

        MimeMessage received = receivedFor(tag).get(ana.email());
        String raw = raw(received);
        assertThat(raw).doesNotContain("/t/c/", "/t/o/", BASE + "/t/");
        String html = part(received, 1);
        RenderedEmail written = previews.preview(m, "en", ana);
        assertThat(html.replace("\r\n", "\n")).isEqualTo(written.html());
        assertThat(part(received, 0).replace("\r\n", "\n")).isEqualTo(written.text());
        assertThat(hrefs(html)).contains("https://example.org/report?a=1&b=2", "https://example.org/join",
                "https://example.org/photos");
        assertThat(Jsoup.parse(html).select("img[width=1]")).isEmpty();
        assertThat(statistics.links(w.id(), m.id())).isEmpty();
    }

    @Test
    void trackedMessageRewritesEveryWebLinkAndEndsWithAPixelButLeavesTheReadersOwnLinksAlone() throws Exception {
        Sent sent = trackedToAna("Tracked");
        var w = sent.workspace();
        MimeMessage received = sent.message();
        String html = part(received, 1);
        String text = part(received, 0);
        Document d = Jsoup.parse(html);
        List<String> links = hrefs(html);
        assertThat(links).filteredOn(h -> h.startsWith(BASE + "/t/c/")).hasSize(3);
        assertThat(links).noneMatch(h -> h.startsWith("https://example.org/report")
                || h.equals("https://example.org/join") || h.equals("https://example.org/photos"));
        assertThat(links).contains("mailto:info@example.org");
        assertThat(links).anyMatch(h -> h.startsWith("https://example.org/p?e=ana-"));
        assertThat(links).anyMatch(h -> h.startsWith(BASE + "/" + w.workspace().slug() + "/unsubscribe/"));
        assertThat(links).anyMatch(h -> h.startsWith(BASE + "/" + w.workspace().slug() + "/preferences/"));
        assertThat(links).anyMatch(h -> h.startsWith(BASE + "/" + w.workspace().slug() + "/newsletters/"));
        assertThat(received.getHeader("List-Unsubscribe", ",")).doesNotContain("/t/");
        assertThat(d.select("img[src=https://example.org/photo.png]")).hasSize(1);
        var pixel = d.body().select("img").last();
        assertThat(pixel.attr("src")).startsWith(BASE + "/t/o/").endsWith(".gif");
        assertThat(pixel.attr("width")).isEqualTo("1");
        assertThat(pixel.attr("alt")).isEmpty();
        assertThat(text).contains(BASE + "/t/c/").doesNotContain("https://example.org/join", "/t/o/")
                .contains("/unsubscribe/", "/preferences/");

        String webVersion = links.stream().filter(h -> h.contains("/newsletters/")).findFirst().orElseThrow();
        HttpResponse<String> web = get(webVersion);
        assertThat(web.statusCode()).as("anyone may open it, so it counts nothing").isEqualTo(200);
        assertThat(web.body()).doesNotContain("/t/c/", "/t/o/").contains("https://example.org/join");
    }

    @Test
    void manyHitsAtOnceCountOneOpenPerPersonAndEveryClick() throws Exception {
        Sent sent = trackedToAna("At once");
        String click = clickLinkTo(sent.message(), "Join us");
        String pixel = Jsoup.parse(part(sent.message(), 1)).body().select("img").last().attr("src");
        List<java.util.concurrent.Callable<Integer>> hits = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            hits.add(() -> get(click).statusCode());
            hits.add(() -> get(pixel).statusCode());
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (var answer : pool.invokeAll(hits)) {
                assertThat(answer.get()).isIn(200, 302);
            }
        }
        MailingStatistics.Line total = statistics.total(sent.workspace().id(), sent.mailing().id());
        assertThat(total.opened()).isEqualTo(1);
        assertThat(total.clicked()).isEqualTo(1);
        assertThat(statistics.links(sent.workspace().id(), sent.mailing().id())).contains(
                new MailingStatistics.LinkLine("https://example.org/join", 1, 16));
    }

    @Test
    void followingAClickLinkRecordsItAndRedirectsToTheOriginalAddressWithoutCookies() throws Exception {
        var w = fixtures.workspace("Clicks");
        turnTracking(w, true);
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Person jose = fixtures.person(w.id(), "José", "jose-" + tag + "@example.org", "es", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Luz", "luz-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = send(w.id(), linked(w.id(), "Clicks"));
        Map<String, MimeMessage> got = receivedFor(tag);
        String anaReport = clickLinkTo(got.get(ana.email()), "Read our report");
        String joseJoin = clickLinkTo(got.get(jose.email()), "Únete");

        HttpResponse<String> first = get(anaReport);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).contains("https://example.org/report?a=1&b=2");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(first.headers().firstValue("Referrer-Policy")).as("the token does not reach the site")
                .contains("no-referrer");
        assertThat(get(anaReport).statusCode()).isEqualTo(302);
        assertThat(get(joseJoin).headers().firstValue("Location")).contains("https://example.org/join");

        MailingStatistics.Line total = statistics.total(w.id(), m.id());
        assertThat(activities.timeline(w.id(), ana.id(), 10)).filteredOn(a -> a.kind().equals("newsletter"))
                .extracting(a -> a.summary()).containsExactlyInAnyOrder(
                "Opened the newsletter “Clicks”", "Clicked https://example.org/report?a=1&b=2 in the newsletter “Clicks”");
        assertThat(total.clicked()).isEqualTo(2);
        assertThat(total.opened()).as("a click is an open").isEqualTo(2);
        assertThat(total.sent()).isEqualTo(3);
        assertThat(total.clickRate()).isBetween(66.6, 66.7);
        assertThat(statistics.of(w.id(), m.id())).filteredOn(l -> l.language().equals("es"))
                .singleElement().satisfies(l -> assertThat(l.clicked()).isEqualTo(1));
        assertThat(statistics.links(w.id(), m.id())).contains(
                new MailingStatistics.LinkLine("https://example.org/report?a=1&b=2", 1, 2),
                new MailingStatistics.LinkLine("https://example.org/join", 1, 1),
                new MailingStatistics.LinkLine("https://example.org/photos", 0, 0));
    }

    @Test
    void theOpenPixelIsATransparentGifThatCountsEachPersonOnce() throws Exception {
        Sent sent = trackedToAna("Opens");
        var w = sent.workspace();
        Mailing m = sent.mailing();
        String pixel = Jsoup.parse(part(sent.message(), 1)).body().select("img").last().attr("src");

        HttpResponse<byte[]> image = browser.send(HttpRequest.newBuilder(local(pixel)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(image.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(image.body()).hasSize(43).startsWith("GIF89a".getBytes(StandardCharsets.US_ASCII));
        get(pixel);
        get(pixel);

        MailingStatistics.Line total = statistics.total(w.id(), m.id());
        assertThat(total.opened()).isEqualTo(1);
        assertThat(total.clicked()).isZero();
        assertThat(total.openRate()).isEqualTo(100.0);
    }

    @Test
    void tamperedCutOrForeignTokensGetANotFoundPageAndNoRedirect() throws Exception {
        Sent sent = trackedToAna("Tampered");
        var w = sent.workspace();
        Mailing m = sent.mailing();
        MimeMessage received = sent.message();
        String link = clickLinkTo(received, "Read our report");
        String token = link.substring(link.lastIndexOf('/') + 1);
        char c = token.charAt(40);
        String forged = token.substring(0, 40) + (c == 'A' ? 'B' : 'A') + token.substring(41);
        String unsubscribeToken = hrefs(part(received, 1)).stream().filter(h -> h.contains("/unsubscribe/"))
                .findFirst().map(h -> h.substring(h.lastIndexOf('/') + 1)).orElseThrow();

        for (String bad : List.of(forged, token.substring(0, 60), unsubscribeToken, "x".repeat(5000),
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--", "%C3%B1%F0%9F%98%80%D7%A9%D7%9C%D7%95%D7%9D")) {
            HttpResponse<String> answer = get(BASE + "/t/c/" + bad);
            assertThat(answer.statusCode()).as(bad).isIn(400, 404);
            assertThat(answer.headers().firstValue("Location")).as(bad).isEmpty();
        }
        HttpResponse<String> page = get(BASE + "/t/c/" + forged);
        assertThat(Jsoup.parse(page.body()).text()).contains("This link does not work");
        assertThat(get(BASE + "/t/o/" + forged + ".gif").statusCode()).isEqualTo(404);
        assertThat(get(BASE + "/t/o/" + token + ".gif").statusCode()).as("a click token is no pixel").isEqualTo(404);
        assertThat(statistics.total(w.id(), m.id()).clicked()).isZero();
        assertThat(statistics.total(w.id(), m.id()).opened()).isZero();
    }

    @Test
    void hostileAddressesAreNeverTrackedNorRedirectedTo() throws Exception {
        for (String hostile : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
                "https://example.org/\r\nSet-Cookie: a=b", "https://example.org/\"onmouseover=\"x",
                "https://example.org/'x", "//evil.example/", "https:evil.example", "vbscript:x", "file:///etc/passwd",
                "https://example.org/" + MergeFields.marker(0), "https://" + "a".repeat(3000) + ".org/")) {
            assertThat(TrackedLinks.target(hostile)).as(hostile).isEmpty();
        }
        assertThat(TrackedLinks.target("https://es.example.org/niño?q=acción")).contains(
                "https://es.example.org/ni%C3%B1o?q=acci%C3%B3n");

        Sent sent = trackedToAna("Hostile links");
        var w = sent.workspace();
        Mailing m = sent.mailing();
        String link = clickLinkTo(sent.message(), "Read our report");
        // Even a stored address that was somehow changed behind our back is refused, not followed.
        jdbc.sql("UPDATE mailing_links SET url = ? WHERE mailing_id = ? AND url LIKE 'https://example.org/report%'")
                .params("javascript:alert(document.cookie)", m.id()).update();
        HttpResponse<String> answer = get(link);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        jdbc.sql("UPDATE mailing_links SET url = ? WHERE mailing_id = ? AND url LIKE 'javascript:%'")
                .params("https://example.org/\r\nSet-Cookie: a=b", m.id()).update();
        assertThat(get(link).statusCode()).isEqualTo(404);
        assertThat(statistics.total(w.id(), m.id()).clicked()).isZero();
    }

    @Test
    void theSettingInForceWhenAMailingStartsStaysWithIt() throws Exception {
        var w = fixtures.workspace("Fixed at start");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        turnTracking(w, true);
        Mailing tracked = send(w.id(), linked(w.id(), "Tracked first"));
        turnTracking(w, false);
        String link = clickLinkTo(receivedFor(tag).get(ana.email()), "Join us");
        assertThat(get(link).statusCode()).isEqualTo(302);
        assertThat(statistics.total(w.id(), tracked.id()).clicked()).isEqualTo(1);

        Mailing untracked = send(w.id(), linked(w.id(), "Untracked later"));
        awaitMessages(tag, 2);
        assertThat(recipientsOf(tag)).hasSize(2);
        long withPixel = java.util.Arrays.stream(RELAY.getReceivedMessages())
                .filter(r -> recipient(r).contains(tag)).filter(r -> raw(r).contains("/t/o/")).count();
        assertThat(withPixel).isEqualTo(1);
        assertThat(statistics.links(w.id(), untracked.id())).isEmpty();
    }

    /** A tracked mailing sent to Ana alone, and the message she received. */
    record Sent(Fixtures.TestWorkspace workspace, Mailing mailing, MimeMessage message) {
    }

    private Sent trackedToAna(String name) throws Exception {
        var w = fixtures.workspace(name);
        turnTracking(w, true);
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = send(w.id(), linked(w.id(), name));
        return new Sent(w, m, receivedFor(tag).get(ana.email()));
    }

    private void turnTracking(Fixtures.TestWorkspace w, boolean on) {
        turnTracking(staffFixtures, port, w, on);
    }

    /** As an organizer would, on the settings page. */
    static void turnTracking(Fixtures staffFixtures, int port, Fixtures.TestWorkspace w, boolean on) {
        WebSession organizer = staffFixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page saved = organizer.post("/admin/mailings/tracking", "/admin/mailings/tracking",
                on ? Map.of("track", "on") : Map.of());
        assertThat(saved.status()).isEqualTo(200);
    }

    /** A bilingual mailing with every kind of link: buttons, Markdown, an image's link, mail and per-person ones. */
    Mailing linked(UUID workspaceId, String name) {
        return linked(mailings, workspaceId, name);
    }

    static Mailing linked(Mailings mailings, UUID workspaceId, String name) {
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

    private Mailing send(UUID workspaceId, Mailing m) throws InterruptedException {
        sending.start(workspaceId, m.id());
        return fixtures.await(workspaceId, m.id(), MailingStatus.SENT, Duration.ofSeconds(20));
    }

    static String clickLinkTo(MimeMessage message, String label) throws Exception {
        return Jsoup.parse(part(message, 1)).select("a").stream().filter(a -> a.text().equals(label))
                .findFirst().orElseThrow().attr("href");
    }

    private HttpResponse<String> get(String address) throws Exception {
        return browser.send(HttpRequest.newBuilder(local(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The configured public address, reached on this test's server. */
    private URI local(String address) {
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
