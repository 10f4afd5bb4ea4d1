package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff pages for mailings, through HTTP as a browser would use them, with good and hostile input. */
@ConvocaTest
class MailingPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MailingFixtures mailingFixtures;

    @Autowired
    Mailings mailings;

    @Test
    void editorAddsMovesAndRemovesBlocksAndSavesBothLanguages() {
        var w = mailingFixtures.workspace("Editor");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String path = create(staff, "Newsletter");

        staff.post(path, path, form("action", "add:en:heading", "en.subject", "Hi {{given_name|friend}}"));
        staff.post(path, path, form("action", "add:en:text", "en.subject", "Hi", "en.b0.type", "heading",
                "en.b0.text", "Título 🌎"));
        staff.post(path, path, form("action", "up:en:1", "en.subject", "Hi", "en.b0.type", "heading", "en.b0.text",
                "Título 🌎", "en.b1.type", "text", "en.b1.text", "Body"));
        Mailing m = mailings.find(w.id(), id(path)).orElseThrow();
        assertThat(m.versions().get("en").blocks()).containsExactly(new Block.Text("Body"),
                new Block.Heading("Título 🌎"));

        staff.post(path, path, form("action", "remove:en:0", "en.subject", "Hi", "en.b0.type", "text", "en.b0.text",
                "Body", "en.b1.type", "heading", "en.b1.text", "Título 🌎", "es.subject", "Hola"));
        m = mailings.find(w.id(), id(path)).orElseThrow();
        assertThat(m.versions().get("en").blocks()).containsExactly(new Block.Heading("Título 🌎"));
        assertThat(m.versions().get("es").subject()).isEqualTo("Hola");
    }

    @Test
    void hostileInputIsEscapedOrRefusedWithTheProblemShownInTheReadersLanguage() {
        var w = mailingFixtures.workspace("Hostile");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String path = create(staff, "<script>alert('x')</script> \"; DROP TABLE mailings; --");
        WebSession.Page page = staff.get(path);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");

        WebSession.Page refused = staff.post(path, path, form("en.subject", "Hola {{apodo}}\r\nBcc: x@example.org",
                "from_name", "x".repeat(300), "en.b0.type", "button", "en.b0.label", "Go", "en.b0.url",
                "javascript:alert(1)"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("The mailing was not saved", "A button needs a link");

        WebSession spanish = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        spanish.post(path, "/language", Map.of("lang", "es", "back", path));
        WebSession.Page es = spanish.post(path, path, form("en.subject", "Hola {{apodo}}"));
        assertThat(es.status()).isEqualTo(422);
        assertThat(es.text()).contains("El boletín no se guardó", "campo de combinación desconocido");
        assertThat(mailings.find(w.id(), id(path)).orElseThrow().versions()).isEmpty();
    }

    @Test
    void viewersCannotChangeAndOtherWorkspacesCannotSeeAMailing() {
        var w = mailingFixtures.workspace("Roles");
        var other = mailingFixtures.workspace("Others");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String path = create(organizer, "Private");

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(path).status()).isEqualTo(200);
        assertThat(viewer.post(path, path, form("name", "Changed")).status()).isEqualTo(403);
        assertThat(viewer.post("/admin/mailings", "/admin/mailings", form("name", "New")).status()).isEqualTo(403);

        WebSession outsider = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        assertThat(outsider.get(path).status()).isEqualTo(404);
        assertThat(outsider.get(path + "/preview").status()).isEqualTo(404);
        assertThat(outsider.get("/admin/mailings/not-an-id").status()).isEqualTo(404);
        assertThat(mailings.find(w.id(), id(path)).orElseThrow().name()).isEqualTo("Private");
    }

    @Test
    void previewShowsThePersonsVersionAndTheTestGoesToTheStaffMembersMailbox() {
        var w = mailingFixtures.workspace("Preview");
        mailingFixtures.person(w.id(), "José", "jose-preview@example.org", "es", EmailStatus.SUBSCRIBED);
        Mailing m = mailingFixtures.bilingual(w.id(), "Preview");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String path = "/admin/mailings/" + m.id();

        WebSession.Page preview = staff.get(path + "/preview?lang=es&person=jose-preview@example.org&width=phone");
        assertThat(preview.html().select("#preview-subject").text()).isEqualTo("Hola José");
        assertThat(preview.html().select("iframe.phone")).hasSize(1);
        assertThat(preview.text()).contains("Querida José, lee esto");
        WebSession.Page frame = staff.get(path + "/preview.html?lang=es&person=jose-preview@example.org");
        assertThat(frame.body()).contains("Nuestro nuevo informe").doesNotContain("<script");

        WebSession.Page tested = staff.post(path + "/preview?lang=en", path + "/test", form("lang", "en"));
        assertThat(tested.text()).contains("A test is on its way to " + w.email(Role.ORGANIZER));
        assertThat(staff.get("/admin/mailbox").text()).contains("[TEST] Hello Organizer");
    }

    @Test
    void sendingNeedsAPostalAddressAndShowsWhyNot() {
        var w = fixtures.workspace("No address");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        Mailing m = mailingFixtures.bilingual(w.id(), "Unready");

        WebSession.Page confirm = staff.get("/admin/mailings/" + m.id() + "/send");
        assertThat(confirm.text()).contains("cannot be sent yet", "postal address");
        staff.post("/admin/mailings/" + m.id() + "/send", "/admin/mailings/" + m.id() + "/send", Map.of());
        assertThat(mailings.find(w.id(), m.id()).orElseThrow().status()).isEqualTo(MailingStatus.DRAFT);
    }

    private static String create(WebSession staff, String name) {
        WebSession.Page page = staff.post("/admin/mailings", "/admin/mailings", Map.of("name", name));
        assertThat(page.url()).contains("/admin/mailings/");
        return page.url().substring(page.url().indexOf("/admin/mailings/"));
    }

    private static java.util.UUID id(String path) {
        return java.util.UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        if (!m.containsKey("name")) {
            m.put("name", "Kept name");
        }
        m.putIfAbsent("everyone", "true");
        return m;
    }

}
