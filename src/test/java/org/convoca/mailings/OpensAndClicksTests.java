package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens and clicks, through messages received over real SMTP: off by default, and when a workspace turns it on,
 * every web link goes through a signed click address that redirects only to the mailing's own stored links.
 */
class OpensAndClicksTests extends TrackingTest {

    @Autowired
    Previews previews;

    @Autowired
    org.convoca.people.Activities activities;

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
}
