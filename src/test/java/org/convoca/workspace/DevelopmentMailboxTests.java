package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class DevelopmentMailboxTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutARelayMailIsKeptAndThePageSaysWhy() {
        var w = fixtures.workspace("Kept");
        mailer.send(OutgoingEmail.text(w.email(Role.VIEWER), "Kept for you", "Hola"));
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        WebSession.Page page = viewer.get("/admin/mailbox");
        assertThat(mailer.capturesMail()).isTrue();
        assertThat(page.text()).contains("No SMTP relay is configured", "CONVOCA_SMTP_HOST", "Kept for you");
        assertThat(viewer.acceptLanguage("es").get("/admin/mailbox").text()).contains("Kept for you");
    }

    @Test
    void ownersSeeTheWorkspacesMailOthersOnlyWhatIsTheirsOrWhatTheySent() {
        var w = fixtures.workspace("Who sees what");
        var other = fixtures.workspace("Elsewhere");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession outsider = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        owner.post("/admin/staff", "/admin/staff/invitations", Map.of("email", "by-owner@example.org", "role",
                "ADMIN"));
        admin.post("/admin/staff", "/admin/staff/invitations", Map.of("email", "by-admin@example.org", "role",
                "VIEWER"));

        assertThat(owner.get("/admin/mailbox").text()).contains("by-owner@example.org", "by-admin@example.org");
        assertThat(admin.get("/admin/mailbox").text()).contains("by-admin@example.org")
                .doesNotContain("by-owner@example.org");
        assertThat(organizer.get("/admin/mailbox").text()).doesNotContain("by-owner", "by-admin");
        assertThat(outsider.get("/admin/mailbox").text()).doesNotContain("by-owner", "by-admin");

        String ownersInvite = jdbc.sql("SELECT id FROM mailbox WHERE recipient = 'by-owner@example.org' "
                + "AND workspace_id = ?").param(w.id()).query(String.class).single();
        assertThat(admin.get("/admin/mailbox/" + ownersInvite).status()).isEqualTo(404);
        assertThat(outsider.get("/admin/mailbox/" + ownersInvite + "/html").status()).isEqualTo(404);
        assertThat(owner.get("/admin/mailbox/" + ownersInvite).status()).isEqualTo(200);
        assertThat(owner.get("/admin/mailbox/not-an-id").status()).isEqualTo(400);
    }

    @Test
    void htmlIsShownOnlyInASandboxAndMarkupInHeadersIsEscaped() throws Exception {
        var w = fixtures.workspace("Sandbox");
        mailer.send(new OutgoingEmail(w.email(Role.VIEWER), "<b>Bold</b> name", null, "<script>alert(1)</script>",
                "Visit https://example.org/ruta?a=1&b=ñ now", "<p>Hi</p><script>alert('x')</script>", w.id(), null));
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        String id = jdbc.sql("SELECT id FROM mailbox WHERE workspace_id = ?").param(w.id()).query(String.class)
                .single();

        WebSession.Page list = viewer.get("/admin/mailbox");
        assertThat(list.body()).doesNotContain("<script>alert(1)", "<b>Bold</b>");
        WebSession.Page page = viewer.get("/admin/mailbox/" + id);
        assertThat(page.body()).doesNotContain("<script>alert");
        var frame = page.html().selectFirst("iframe.mail-html");
        assertThat(frame.hasAttr("sandbox")).isTrue();
        assertThat(frame.attr("sandbox")).isEmpty();
        assertThat(page.html().selectFirst("details pre").text()).contains("<script>alert('x')</script>");
        assertThat(page.html().selectFirst(".mail-links a").attr("href")).isEqualTo("https://example.org/ruta?a=1&b=ñ");

        HttpResponse<String> html = signedInClient(w.email(Role.VIEWER)).send(HttpRequest.newBuilder(
                URI.create(base() + "/admin/mailbox/" + id + "/html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).as(html.headers().map().toString()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy")).get().asString()
                .startsWith("sandbox;").contains("default-src 'none'");
        assertThat(html.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    @Test
    void theListIsNewestFirstAndPaged() {
        var w = fixtures.workspace("Paged");
        for (int i = 0; i < 52; i++) {
            mailer.send(OutgoingEmail.text(w.email(Role.ORGANIZER), "Message " + i, "Body"));
        }
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page first = organizer.get("/admin/mailbox");
        assertThat(first.html().select("tbody tr")).hasSize(50);
        assertThat(first.html().select("tbody tr").first().text()).contains("Message 51");
        WebSession.Page second = organizer.get("/admin/mailbox?page=1");
        assertThat(second.html().select("tbody tr a").eachText()).containsExactly("Message 1", "Message 0");
    }

    /** A plain HTTP client signed in through the form, for reading response headers. */
    private HttpClient signedInClient(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base() + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = Jsoup.parse(form).selectFirst("input[name=_csrf]").val();
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
