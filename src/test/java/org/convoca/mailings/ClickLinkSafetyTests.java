package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What tracking refuses: forged, cut or foreign tokens, addresses a browser should not be sent to, and double
 * counting when many hits arrive at once.
 */
class ClickLinkSafetyTests extends TrackingTest {

    @Autowired
    JdbcClient jdbc;

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
}
