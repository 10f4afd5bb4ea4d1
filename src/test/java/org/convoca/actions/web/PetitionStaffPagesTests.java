package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.Petition;
import org.convoca.actions.Petitions;
import org.convoca.actions.TestPetitions;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PetitionStaffPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Petitions petitions;
    @Autowired AuditLog audit;

    static Map<String, String> form(String titleEn, String titleEs) {
        Map<String, String> f = new HashMap<>(Map.of("title_en", titleEn, "body_en", "Families **belong** together.\n\n<script>alert(1)</script>",
                "letter_en", "Dear Governor,\nplease act.", "title_es", titleEs, "body_es", "Las familias deben estar juntas.",
                "target", "Governor Núñez", "goal", "1,000", "hashtags", "#FamiliesTogether, #Unidos",
                "default_language", "en", "show_signers", "yes"));
        f.put("consent_en", "We will email you about this campaign.");
        return f;
    }

    @Test
    void anOrganizerWritesAPetitionInTwoLanguagesPublishesItAndSupportersSeeItSanitized() {
        var w = fixtures.workspace("Staff pages");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page created = organizer.post("/admin/petitions/new", "/admin/petitions",
                form("Keep families together", "Mantengan unidas a las familias"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.url()).matches(".*/admin/petitions/[0-9a-f-]{36}");
        assertThat(created.text()).contains("Keep families together", "Draft", "Not public until published");
        String admin = created.url().substring(created.url().indexOf("/admin"));
        String publicPath = "/" + w.workspace().slug() + "/petitions/keep-families-together";
        assertThat(new WebSession(port).get(publicPath).status()).isEqualTo(404);

        WebSession.Page published = organizer.post(admin, admin + "/status", Map.of("status", "open"));
        assertThat(published.html().select("#status").text()).isEqualTo("Open");
        assertThat(published.html().select(".embed-code").text()).contains(publicPath + "/embed.js", "<noscript><iframe");
        assertThat(organizer.get("/admin/petitions").text()).contains("Keep families together", "Open", "0 / 1000");

        WebSession.Page page = new WebSession(port).get(publicPath);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".prose strong").text()).isEqualTo("belong");
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.html().selectFirst(".consent").text()).isEqualTo("We will email you about this campaign.");
        assertThat(page.text()).contains("Dear Governor, please act.");
        assertThat(new WebSession(port).get(publicPath + "?lang=es").text()).contains("Mantengan unidas a las familias");
        assertThat(audit.recent(w.id(), 0, 10)).anyMatch(e -> e.action().equals("petitions.create"))
                .anyMatch(e -> e.action().equals("petitions.status"));
    }

    @Test
    void aRefusedFormComesBackWithEveryProblemBesideItsFieldAndNothingSaved() {
        var w = fixtures.workspace("Refused");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        Map<String, String> bad = form("x".repeat(301), "");
        bad.put("slug", "Not A Slug!");
        bad.put("goal", "lots");
        bad.put("next_action_url", "javascript:alert(1)");
        bad.put("hashtags", "#ok, #not-ok");
        bad.put("letter_es", "Carta sin título");

        WebSession.Page refused = organizer.post("/admin/petitions/new", "/admin/petitions", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nothing has been saved");
        assertThat(refused.html().select("#goal-error").text()).contains("whole number");
        refused = organizer.post("/admin/petitions/new", "/admin/petitions", Map.of("slug", "Not A Slug!",
                "title_en", "x".repeat(301), "next_action_url", "javascript:alert(1)", "hashtags", "#not-ok",
                "letter_es", "Carta sin título"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#slug-error").text()).contains("lower-case letters");
        assertThat(refused.html().select("#title_en-error").text()).contains("longer than 300");
        assertThat(refused.html().select("#next_action_url-error").text()).contains("https://");
        assertThat(refused.html().select("#hashtags-error").text()).isNotEmpty();
        assertThat(refused.html().select("#title_es-error").text()).contains("needs a title");
        assertThat(refused.html().selectFirst("textarea[name=letter_es]").text()).isEqualTo("Carta sin título");
        assertThat(petitions.count(w.id(), Petitions.Window.ALL)).isZero();
    }

    @Test
    void viewersReadButCannotChangeOrExportAndOtherWorkspacesSeeNothing() {
        var w = fixtures.workspace("Viewer");
        var other = fixtures.workspace("Other");
        Petition p = testPetitions.open(w.id(), "viewer");
        String admin = "/admin/petitions/" + p.id();
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        assertThat(viewer.get("/admin/petitions").text()).contains("Protect DACA recipients").doesNotContain("New petition");
        assertThat(viewer.get(admin).status()).isEqualTo(200);
        assertThat(viewer.get(admin + "/signatures").status()).isEqualTo(200);
        assertThat(viewer.get(admin + "/delivery").status()).isEqualTo(200);
        assertThat(viewer.get("/admin/petitions/new").status()).isEqualTo(403);
        assertThat(viewer.get(admin + "/signatures.csv").status()).isEqualTo(403);
        assertThat(viewer.get(admin + "/delivery?names=yes").status()).isEqualTo(403);
        assertThat(viewer.post(admin, admin + "/status", Map.of("status", "closed")).status()).isEqualTo(403);

        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        assertThat(stranger.get(admin).status()).isEqualTo(404);
        assertThat(stranger.get(admin + "/edit").status()).isEqualTo(404);
        assertThat(stranger.post("/admin/petitions", admin + "/status", Map.of("status", "closed")).status())
                .isEqualTo(404);
        assertThat(stranger.get("/admin/petitions/not-a-uuid").status()).isIn(400, 404);
        assertThat(new WebSession(port).get(admin).url()).endsWith("/signin");
    }

    @Test
    void theCsvExportIsAuditedAndNeverLetsASpreadsheetRunWhatASignerTyped() {
        var w = fixtures.workspace("Export");
        Petition p = testPetitions.open(w.id(), "export");
        String path = "/" + w.workspace().slug() + "/petitions/export";
        PublicSigningTests.sign(new WebSession(port), path, Map.of("given_name", "=HYPERLINK(\"http://evil\")",
                "family_name", "Pérez, \"Jr\"", "email", "x@example.org", "comment", "+1 line\nsecond line"));
        PublicSigningTests.sign(new WebSession(port), path, Map.of("given_name", "@SUM(A1)", "email",
                "y@example.org", "postal_code", "-5"));
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page csv = organizer.get("/admin/petitions/" + p.id() + "/signatures.csv");

        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("signed_at,given_name,family_name,email,postal_code,city,language,comment,"
                + "listed_publicly,source");
        assertThat(csv.body()).contains("'=HYPERLINK(\"\"http://evil\"\")", "\"Pérez, \"\"Jr\"\"\"",
                "\"'+1 line\nsecond line\"", "'@SUM(A1)", "'-5").doesNotContain(",=", ",@", ",+");
        assertThat(audit.recent(w.id(), 0, 5)).anyMatch(e -> e.action().equals("petitions.export"));

        WebSession.Page list = organizer.get("/admin/petitions/" + p.id() + "/signatures");
        assertThat(list.text()).contains("2 signatures in all", "=HYPERLINK", "y@example.org");
        WebSession.Page delivery = organizer.get("/admin/petitions/" + p.id() + "/delivery?names=yes&lang=es");
        assertThat(delivery.text()).contains("Protejan a los beneficiarios de DACA", "Para: Governor Núñez",
                "2 personas firmaron esta petición", "@SUM(A1) · -5");
        assertThat(organizer.get("/admin/petitions/" + p.id() + "/delivery").text()).contains("2 people signed")
                .doesNotContain("@SUM");
    }
}
