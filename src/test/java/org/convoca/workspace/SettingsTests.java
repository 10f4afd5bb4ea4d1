package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class SettingsTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Workspaces workspaces;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminSavesSettingsAndEmailsUseTheSenderAddressLanguageAndPostalAddress() {
        var w = fixtures.workspace("Before");
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);
        assertThat(admin.get("/admin").text()).contains("Your postal address is missing");

        String slug = "centro-" + w.workspace().slug();
        WebSession.Page saved = admin.post("/admin/settings", "/admin/settings", Map.of("name",
                "Centro Legal Ñandú 🌵", "slug", slug, "postalAddress", "PO Box 12\r\nEl Paso, TX 79901",
                "defaultLanguage", "es", "timeZone", "America/Tegucigalpa", "senderName", "Centro Ñandú",
                "senderEmail", "Noticias@Example.org"));
        assertThat(saved.text()).contains("Settings saved", "Centro Legal Ñandú 🌵");

        Workspace after = workspaces.findById(w.id()).orElseThrow();
        assertThat(after.slug()).isEqualTo(slug);
        assertThat(after.postalAddress()).isEqualTo("PO Box 12\nEl Paso, TX 79901");
        assertThat(after.timeZone()).isEqualTo("America/Tegucigalpa");
        assertThat(after.senderEmail()).isEqualTo("noticias@example.org");
        assertThat(admin.get("/admin").text()).doesNotContain("postal address is missing");

        admin.post("/admin/staff", "/admin/staff/invitations", Map.of("email", "nueva@example.org", "role", "VIEWER"));
        var mail = jdbc.sql("SELECT sender, subject, text_body FROM mailbox WHERE workspace_id = ?").param(w.id())
                .query().singleRow();
        assertThat(mail.get("sender")).isEqualTo("Centro Ñandú <noticias@example.org>");
        assertThat(mail.get("subject")).isEqualTo("Admin Tester le invitó a Centro Legal Ñandú 🌵 en Convoca");
        assertThat((String) mail.get("text_body")).contains("PO Box 12\nEl Paso, TX 79901");
    }

    @Test
    void invalidSettingsAreRefusedWithEachProblemNamedAndNothingIsSaved() {
        var w = fixtures.workspace("Valid");
        var other = fixtures.workspace("Other");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        Workspace before = workspaces.findById(w.id()).orElseThrow();
        Map<String, String> form = new HashMap<>(Map.of("name", "", "slug", other.workspace().slug(),
                "postalAddress", "x".repeat(1001), "defaultLanguage", "fr", "timeZone", "Mars/Olympus_Mons",
                "senderName", "News\r\nBcc: all@example.org", "senderEmail", "a@example.org\r\nBcc: x@example.org"));

        WebSession.Page page = owner.post("/admin/settings", "/admin/settings", form);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Enter the organization name", "Another workspace already uses",
                "up to 1000 characters", "Choose English or Spanish", "Choose a time zone from the list",
                "on one line, for the sender name", "Enter a single email address");
        assertThat(workspaces.findById(w.id()).orElseThrow()).isEqualTo(before);

        form.putAll(Map.of("name", "Fine", "slug", "Bad Slug!", "postalAddress", "", "defaultLanguage", "en",
                "timeZone", "+05:00", "senderName", "", "senderEmail", ""));
        WebSession.Page again = owner.post("/admin/settings", "/admin/settings", form);
        assertThat(again.text()).contains("Use 1 to 63 lower-case letters", "Choose a time zone from the list");
        assertThat(workspaces.findById(w.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void markupInSettingsIsShownAsTextNeverRun() {
        var w = fixtures.workspace("Escaping");
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);
        admin.post("/admin/settings", "/admin/settings", Map.of("name", "<script>alert(1)</script> & O'Brien",
                "slug", w.workspace().slug(), "postalAddress", "<img src=x onerror=alert(1)>",
                "defaultLanguage", "en", "timeZone", "UTC", "senderName", "\"Quoted\" <b>", "senderEmail", ""));

        WebSession.Page page = admin.get("/admin/settings");
        assertThat(page.body()).doesNotContain("<script>alert(1)", "<img src=x");
        assertThat(page.html().selectFirst("input[name=name]").val()).isEqualTo("<script>alert(1)</script> & O'Brien");
        assertThat(page.html().selectFirst("textarea[name=postalAddress]").text())
                .isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void apiKeyIsShownOnceWorksUntilRevokedAndEveryStepIsAudited() {
        var w = fixtures.workspace("Keys");
        var other = fixtures.workspace("Other keys");
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);

        WebSession.Page created = admin.post("/admin/settings", "/admin/settings/api-keys",
                Map.of("name", "Parsons sync ñ"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.html().selectFirst("code.secret").text();
        assertThat(secret).startsWith("cvk_");
        WebSession.Page later = admin.get("/admin/settings");
        assertThat(later.body()).doesNotContain(secret);
        assertThat(later.text()).contains("Parsons sync ñ", secret.substring(0, 12), "Never");
        assertThat(apiKeys.workspaceFor(secret)).contains(w.id());
        assertThat(admin.get("/admin/settings").text()).doesNotContain("Never");

        String keyId = apiKeys.of(w.id()).getFirst().id().toString();
        WebSession otherAdmin = fixtures.signIn(new WebSession(port), other, Role.ADMIN);
        assertThat(otherAdmin.post("/admin/settings", "/admin/settings/api-keys/" + keyId + "/revoke", Map.of())
                .status()).isEqualTo(404);
        assertThat(apiKeys.workspaceFor(secret)).isPresent();

        WebSession.Page revoked = admin.post("/admin/settings", "/admin/settings/api-keys/" + keyId + "/revoke",
                Map.of());
        assertThat(revoked.text()).contains("Revoked");
        assertThat(apiKeys.workspaceFor(secret)).isEmpty();

        for (String name : new String[] {"", "x".repeat(201), "line\r\nbreak"}) {
            WebSession.Page refused = admin.post("/admin/settings", "/admin/settings/api-keys", Map.of("name", name));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).contains("Name the key");
        }
        assertThat(apiKeys.of(w.id())).hasSize(1);

        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        assertThat(owner.get("/admin/audit").text()).contains("apikey.create", "apikey.revoke", "Parsons sync ñ");
    }

    @Test
    void auditLogShowsNewestFirstInPagesIncludingSignInsAndSignOuts() {
        var w = fixtures.workspace("Audit");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        viewer.post("/admin", "/signout", Map.of());
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        for (int i = 0; i < 55; i++) {
            owner.post("/admin/settings", "/admin/settings", Map.of("name", "Audit " + i, "slug",
                    w.workspace().slug(), "defaultLanguage", "en", "timeZone", "UTC"));
        }

        WebSession.Page first = owner.get("/admin/audit");
        assertThat(first.html().select("tbody tr")).hasSize(50);
        assertThat(first.html().select("tbody tr").first().text()).contains("settings.update");
        WebSession.Page second = owner.get("/admin/audit?page=1");
        assertThat(second.text()).contains("sign-out", w.email(Role.VIEWER), "sign-in");
        assertThat(owner.get("/admin/audit?page=-5").status()).isEqualTo(200);
        assertThat(owner.get("/admin/audit?page=abc").status()).isEqualTo(400);
    }
}
