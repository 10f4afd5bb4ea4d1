package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.util.Map;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.SentMail;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.TestLetters;
import org.convoca.api.ApiClient;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.ApiKeys;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class LetterConfirmationTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired Autoresponses autoresponses;
    @Autowired SentMail mail;
    @Autowired ApiKeys keys;

    record Setup(Fixtures.TestWorkspace w, SignonLetter letter, String path, WebSession staff) {
    }

    Setup letter(String name, String slug) {
        var w = fixtures.workspace(name);
        SignonLetter letter = testLetters.open(w.id(), slug);
        return new Setup(w, letter, "/" + w.workspace().slug() + "/sign-on/" + slug,
                fixtures.signIn(new WebSession(port), w, Role.ORGANIZER));
    }

    static WebSession.Page confirmation(Setup s, Map<String, String> fields) {
        String page = "/admin/sign-on/" + s.letter().id() + "/autoresponse";
        return s.staff().post(page, page, fields);
    }

    @Test
    void aSignerGetsOneConfirmationInTheirLanguageHoweverManyOrganizationsTheySignFor() {
        Setup s = letter("Coalición", "redadas");
        WebSession.Page saved = confirmation(s, Map.of("enabled", "yes",
                "subject_en", "Thanks, {{given_name|friend}}!\r\nBcc: victim@example.org",
                "body_en", "You signed “{{title}}”.\n<script>alert(1)</script>",
                "subject_es", "¡Gracias, {{given_name|amiga}}! 🌻", "body_es", "Firmaste «{{title}}». שלום"));
        assertThat(saved.url()).endsWith("/admin/sign-on/" + s.letter().id() + "?saved=autoresponse");
        assertThat(s.staff().get("/admin/sign-on/" + s.letter().id()).html().select(".toolbar a").eachText())
                .contains("Confirmation email ✓");

        sign(new WebSession(port), s.path() + "?lang=es", organization("Casa Nuestra Señora", "ana.conf@example.org"));
        sign(new WebSession(port), s.path() + "?lang=es", organization("Otra Casa", "ANA.conf@example.org"));
        sign(new WebSession(port), s.path(), Map.of("kind", "individual", "given_name", "بشرى",
                "family_name", "O'Brien", "email", "bushra.conf@example.org"));

        assertThat(mail.await("ana.conf@example.org", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("¡Gracias, Ana! 🌻");
            assertThat(m.text()).isEqualTo("Firmaste «Alto a las redadas». שלום");
        });
        assertThat(mail.await("bushra.conf@example.org", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Thanks, بشرى! ").doesNotContain("\r", "\n");
            assertThat(m.text()).startsWith("You signed “End the raids”.\n<script>");
        });
        assertThat(mail.settle("ana.conf@example.org")).as("the second organization confirms nothing more")
                .hasSize(1);
        assertThat(mail.to("victim@example.org")).isEmpty();
        assertThat(s.staff().get("/admin/sign-on/" + s.letter().id() + "/autoresponse").html()
                .selectFirst("#autoresponse-sent").text()).endsWith(": 2");
    }

    @Test
    void aLetterWithItTurnedOffSendsNoneAndTheApiOnlyWhenAsked() {
        Setup s = letter("Coalición quieta", "quieta");
        confirmation(s, Map.of("subject_en", "Thanks", "body_en", "Thanks"));
        sign(new WebSession(port), s.path(), organization("Casa Quieta", "off.signon@example.org"));
        assertThat(mail.settle("off.signon@example.org")).isEmpty();

        confirmation(s, Map.of("enabled", "yes", "subject_en", "Thanks {{given_name|friend}}", "body_en", "Thanks"));
        ApiClient api = new ApiClient(port, keys.create(s.w().id(), "script").secret());
        String url = "http://localhost:" + port + "/api/v1/signon-letters/" + s.letter().id() + "/signatures";
        var r = api.post(url, "{\"person\": {\"given_name\": \"Silent\", \"email_addresses\": [{\"address\": "
                + "\"silent.signon@example.org\"}]}}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(api.post(url, "{\"person\": {\"email_addresses\": [{\"address\": \"asked.signon@example.org\"}]}, "
                + "\"triggers\": {\"autoresponse\": {\"enabled\": true}}}").status()).isEqualTo(201);
        assertThat(mail.await("asked.signon@example.org", 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Thanks friend"));
        assertThat(mail.to("silent.signon@example.org")).isEmpty();
    }

    @Test
    void halfWrittenOrHugeConfirmationsAreRefusedAndOnlyOrganizersOfTheWorkspaceMayEdit() {
        Setup s = letter("Coalición mala", "mala");
        WebSession.Page half = confirmation(s, Map.of("subject_es", "Solo asunto"));
        assertThat(half.status()).isEqualTo(422);
        assertThat(half.html().selectFirst("#body_es-error").text()).contains("subject and a text");
        WebSession.Page huge = confirmation(s, Map.of("subject_en", "ok", "body_en", "'; DROP TABLE people; --"
                .repeat(500)));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(autoresponses.find(s.w().id(), s.letter().id()).texts()).isEmpty();
        WebSession viewer = fixtures.signIn(new WebSession(port), s.w(), Role.VIEWER);
        assertThat(viewer.get("/admin/sign-on/" + s.letter().id() + "/autoresponse").status()).isEqualTo(403);
        WebSession stranger = fixtures.signIn(new WebSession(port), fixtures.workspace("Otra"), Role.ADMIN);
        assertThat(stranger.get("/admin/sign-on/" + s.letter().id() + "/autoresponse").status()).isEqualTo(404);
    }
}
