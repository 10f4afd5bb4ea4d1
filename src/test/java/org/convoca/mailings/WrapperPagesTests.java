package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The wrappers page through HTTP: saving, the default for new mailings, the sample, and hostile fields. */
@ConvocaTest
class WrapperPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MailingFixtures mailingFixtures;

    @Autowired
    Wrappers wrappers;

    @Autowired
    Mailings mailings;

    @Test
    void theDefaultWrapperDressesNewMailingsAndItsSampleKeepsTheRequiredFooter() {
        var w = mailingFixtures.workspace("Red Fronteriza");
        UUID logo = mailingFixtures.image(w.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page saved = save(staff, "/admin/wrappers", form("name", "Boletín mensual 🌵", "header_text",
                "Red Fronteriza", "accent_color", "#FFDD00", "background_color", "#102030", "footer_text",
                "Gracias por todo 💛\nهذه رسالة", "logo_url", "http://localhost/" + w.workspace().slug()
                        + "/newsletter-images/" + logo, "default", "true"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("Wrapper \"Boletín mensual 🌵\" saved.");
        String path = saved.url().substring(saved.url().indexOf("/admin/"));
        Wrapper wrapper = wrappers.find(w.id(), UUID.fromString(path.substring(path.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(wrapper.accentColor()).isEqualTo("#ffdd00");
        assertThat(wrapper.logoImageId()).isEqualTo(logo);
        assertThat(wrappers.defaultId(w.id())).contains(wrapper.id());

        String sample = staff.get(path + "/preview.html").body();
        assertThat(sample).contains("background:#102030").contains("background:#ffdd00;padding:20px 24px;color:#1d2433")
                .contains("/newsletter-images/" + logo).contains("Gracias por todo 💛<br>هذه رسالة")
                .contains("123 Main St").contains("Unsubscribe").contains("Manage your preferences")
                .contains("Dear friend");
        assertThat(staff.get(path + "/preview.html?lang=es").body()).contains("Darse de baja");

        WebSession.Page created = staff.post("/admin/mailings", "/admin/mailings", form("name", "Noviembre"));
        UUID mailing = UUID.fromString(created.url().substring(created.url().lastIndexOf('/') + 1));
        assertThat(mailings.find(w.id(), mailing).orElseThrow().wrapperId()).isEqualTo(wrapper.id());
        assertThat(created.html().select("select[name=wrapper] option[selected]").text())
                .isEqualTo("Boletín mensual 🌵");
        assertThat(staff.get("/admin/wrappers").text()).contains("Default for new mailings");

        staff.post("/admin/wrappers", "/admin/wrappers/default", form("wrapper", ""));
        assertThat(wrappers.defaultId(w.id())).isEmpty();
    }

    @Test
    void anUploadedLogoIsKeptWhenTheFormComesBackWithAProblemAndNonPicturesAreRefused() {
        var w = mailingFixtures.workspace("Logos");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

        WebSession.Page unnamed = staff.upload("/admin/wrappers/new", "/admin/wrappers", "logo", "logo.png", png);
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.text()).contains("needs a name");
        String logo = unnamed.html().selectFirst("input[name=logo_url]").val();
        assertThat(logo).startsWith("/" + w.workspace().slug() + "/newsletter-images/");
        assertThat(unnamed.html().select("img[src=" + logo + "]")).hasSize(1);
        WebSession.Page saved = save(staff, "/admin/wrappers", form("name", "With logo", "logo_url", logo));
        assertThat(saved.status()).isEqualTo(200);
        UUID id = UUID.fromString(saved.url().substring(saved.url().lastIndexOf('/') + 1));
        assertThat(wrappers.find(w.id(), id).orElseThrow().logoImageId()).isNotNull();
        save(staff, "/admin/wrappers/" + id, form("name", "With logo", "logo_url", logo, "remove_logo", "true"));
        assertThat(wrappers.find(w.id(), id).orElseThrow().logoImageId()).isNull();

        WebSession.Page script = staff.upload("/admin/wrappers/new", "/admin/wrappers", "logo", "logo.svg",
                "<svg onload=alert(1)></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.text()).contains("PNG, JPEG, GIF or WebP");
    }

    @Test
    void hostileFieldsAreEscapedOrRefusedAndNoWrapperCanHideTheFooter() {
        var w = mailingFixtures.workspace("Hostile wrappers");
        var other = mailingFixtures.workspace("Other wrappers");
        UUID theirLogo = mailingFixtures.image(other.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page colors = save(staff, "/admin/wrappers", form("name", "Colors", "accent_color",
                "#123456;background:url(https://evil.example/)", "background_color", "red"));
        assertThat(colors.status()).isEqualTo(422);
        assertThat(colors.text()).contains("A color is written as # and six hexadecimal digits");
        assertThat(save(staff, "/admin/wrappers", form("name", "Header", "header_text", "Hi\r\nBcc: x@example.org"))
                .text()).contains("on one line");
        assertThat(save(staff, "/admin/wrappers", form("name", "")).text()).contains("needs a name");
        assertThat(save(staff, "/admin/wrappers", form("name", "Long", "footer_text", "x".repeat(2001))).status())
                .isEqualTo(422);
        assertThat(save(staff, "/admin/wrappers", form("name", "Theirs", "logo_url", "/" + other.workspace().slug()
                + "/newsletter-images/" + theirLogo)).text()).contains("uploaded to this workspace");
        assertThat(save(staff, "/admin/wrappers", form("name", "Elsewhere", "logo_url",
                "https://evil.example/logo.png")).text()).contains("uploaded to this workspace");
        assertThat(wrappers.count(w.id())).isZero();

        WebSession.Page saved = save(staff, "/admin/wrappers", form("name", "<script>alert('x')</script>",
                "header_text", "<img src=x onerror=alert(1)>", "footer_text",
                "</td></tr></table><div style=\"display:none\"> {{unsubscribe_url}} '; DROP TABLE people; --"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        String path = saved.url().substring(saved.url().indexOf("/admin/"));
        String sample = staff.get(path + "/preview.html").body();
        assertThat(sample).doesNotContain("<img src=x").doesNotContain("<div style=\"display:none\">")
                .contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;").contains("123 Main St").contains("Unsubscribe")
                .contains("Manage your preferences");
    }

    @Test
    void problemsAreInSpanishAndOtherWorkspacesAndViewersAreKeptOut() {
        var w = mailingFixtures.workspace("Plantillas");
        var other = mailingFixtures.workspace("Ajena");
        Wrapper theirs = wrappers.save(other.id(), Wrapper.draft("Theirs", "", null, null, null, ""));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        staff.post("/admin/wrappers", "/language", Map.of("lang", "es", "back", "/admin/wrappers"));

        assertThat(save(staff, "/admin/wrappers", form("name", "Color", "accent_color", "azul")).text())
                .contains("Un color se escribe con # y seis dígitos hexadecimales");
        assertThat(staff.get("/admin/wrappers/" + theirs.id()).status()).isEqualTo(404);
        assertThat(staff.get("/admin/wrappers/" + theirs.id() + "/preview.html").status()).isEqualTo(404);
        assertThat(staff.post("/admin/wrappers", "/admin/wrappers/default", form("wrapper", theirs.id().toString()))
                .status()).isEqualTo(404);
        assertThat(wrappers.defaultId(w.id())).isEmpty();

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(save(viewer, "/admin/wrappers", form("name", "Viewer's")).status()).isEqualTo(403);
        assertThat(wrappers.count(w.id())).isZero();
    }

    @Test
    void deletingAWrapperLeavesItsDraftsPlainAndClearsTheDefault() {
        var w = mailingFixtures.workspace("Delete wrapper");
        Wrapper wrapper = wrappers.save(w.id(), Wrapper.draft("Old look", "", null, "#000000", "#ffffff", ""));
        wrappers.makeDefault(w.id(), wrapper.id());
        Mailing draft = mailingFixtures.bilingual(w.id(), "Uses the old look");
        assertThat(draft.wrapperId()).isEqualTo(wrapper.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        String path = "/admin/wrappers/" + wrapper.id() + "/delete";
        assertThat(staff.get(path).text()).contains("Delete the wrapper \"Old look\"?");
        assertThat(staff.post(path, path, Map.of()).text()).contains("Wrapper \"Old look\" deleted.");
        assertThat(wrappers.defaultId(w.id())).isEmpty();
        assertThat(mailings.find(w.id(), draft.id()).orElseThrow().wrapperId()).isNull();
    }

    private static WebSession.Page save(WebSession staff, String path, Map<String, String> fields) {
        return staff.post(path.equals("/admin/wrappers") ? "/admin/wrappers/new" : path, path, fields);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
