package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.Petition;
import org.convoca.actions.SentMail;
import org.convoca.actions.TestPetitions;
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
class AutoresponseTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Autoresponses autoresponses;
    @Autowired SentMail mail;
    @Autowired ApiKeys keys;

    record Setup(Fixtures.TestWorkspace w, Petition p, String path, WebSession staff) {
    }

    Setup petitionWithConfirmation(String name, String slug) {
        var w = fixtures.workspace(name);
        Petition p = testPetitions.open(w.id(), slug);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/petitions/" + p.id() + "/autoresponse";
        WebSession.Page saved = staff.post(page, page, Map.of("enabled", "yes",
                "subject_en", "Thanks, {{given_name|friend}}!\r\nBcc: victim@example.org",
                "body_en", "Dear {{ given_name | friend }},\nyou signed “{{title}}”.\n<script>alert(1)</script>",
                "subject_es", "¡Gracias, {{given_name|amiga}}! 🌻", "body_es", "Firmaste «{{title}}». שלום"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.url()).endsWith("/admin/petitions/" + p.id() + "?saved=autoresponse");
        return new Setup(w, p, "/" + w.workspace().slug() + "/petitions/" + slug, staff);
    }

    @Test
    void aSignerGetsOneConfirmationInTheirLanguageWithTheirNameAndNoInjectedHeader() {
        Setup s = petitionWithConfirmation("Confirma", "confirma");

        PublicSigningTests.sign(new WebSession(port), s.path() + "?lang=es", Map.of("given_name", "Zoë",
                "email", "zoe@example.org"));
        PublicSigningTests.sign(new WebSession(port), s.path(), Map.of("given_name", "Bob",
                "email", "bob@example.org"));

        var zoe = mail.await("zoe@example.org", 1);
        assertThat(zoe).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("¡Gracias, Zoë! 🌻");
            assertThat(m.text()).isEqualTo("Firmaste «Protejan a los beneficiarios de DACA». שלום");
            assertThat(m.sender()).contains("Confirma");
        });
        var bob = mail.await("bob@example.org", 1);
        assertThat(bob).singleElement().satisfies(m -> {
            assertThat(m.subject()).as("the line break became spaces: one header, no Bcc")
                    .startsWith("Thanks, Bob! ").endsWith(" Bcc: victim@example.org").doesNotContain("\r", "\n");
            assertThat(m.text()).startsWith("Dear Bob,\nyou signed “Protect DACA recipients”.");
        });
        assertThat(mail.to("victim@example.org")).isEmpty();
        assertThat(s.staff().get("/admin/petitions/" + s.p().id() + "/autoresponse").html()
                .selectFirst("#autoresponse-sent").text()).endsWith(": 2");
    }

    @Test
    void signingAgainWithTheSameEmailSendsNoSecondConfirmation() {
        Setup s = petitionWithConfirmation("Once", "once");
        for (int i = 0; i < 3; i++) {
            PublicSigningTests.sign(new WebSession(port), s.path(), Map.of("given_name", "Ana",
                    "email", "ANA.once@example.org"));
        }
        assertThat(mail.await("ana.once@example.org", 1)).hasSize(1);
        assertThat(mail.settle("ana.once@example.org")).hasSize(1);
    }

    @Test
    void aPetitionWithoutConfirmationOrWithItTurnedOffSendsNothing() {
        var w = fixtures.workspace("Quiet");
        testPetitions.open(w.id(), "quiet");
        String path = "/" + w.workspace().slug() + "/petitions/quiet";
        PublicSigningTests.sign(new WebSession(port), path, Map.of("given_name", "Ana", "email", "q1@example.org"));

        Setup off = petitionWithConfirmation("Off", "off");
        String page = "/admin/petitions/" + off.p().id() + "/autoresponse";
        off.staff().post(page, page, Map.of("subject_en", "Thanks", "body_en", "Thanks"));
        PublicSigningTests.sign(new WebSession(port), off.path(), Map.of("given_name", "Ana",
                "email", "q2@example.org"));

        assertThat(mail.settle("q1@example.org")).isEmpty();
        assertThat(mail.to("q2@example.org")).isEmpty();
        assertThat(autoresponses.find(off.w().id(), off.p().id()).enabled()).isFalse();
    }

    @Test
    void theApiSendsTheConfirmationOnlyWhenTheClientAsksForIt() {
        Setup s = petitionWithConfirmation("Api confirma", "api");
        ApiClient api = new ApiClient(port, keys.create(s.w().id(), "script").secret());
        String url = "/petitions/" + s.p().id() + "/signatures";
        api.post(url, "{\"person\": {\"email_addresses\": [{\"address\": \"silent@example.org\"}]}}");
        api.post(url, "{\"person\": {\"email_addresses\": [{\"address\": \"asked@example.org\"}]}, "
                + "\"triggers\": {\"autoresponse\": {\"enabled\": true}}}");

        assertThat(mail.await("asked@example.org", 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Thanks, friend!"));
        assertThat(mail.to("silent@example.org")).isEmpty();
    }

    @Test
    void halfWrittenHugeOrEmptyConfirmationsAreRefusedAndNothingIsSaved() {
        var w = fixtures.workspace("Refused");
        Petition p = testPetitions.open(w.id(), "refused");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/petitions/" + p.id() + "/autoresponse";

        WebSession.Page empty = staff.post(page, page, Map.of("enabled", "yes"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("at least one language");

        WebSession.Page half = staff.post(page, page, Map.of("subject_es", "Solo asunto"));
        assertThat(half.status()).isEqualTo(422);
        assertThat(half.html().selectFirst("#body_es-error").text()).contains("subject and a text");

        WebSession.Page huge = staff.post(page, page, Map.of("subject_en", "x".repeat(301), "body_en",
                "'; DROP TABLE people; --".repeat(500)));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.html().selectFirst("#subject_en-error")).isNotNull();
        assertThat(autoresponses.find(w.id(), p.id()).texts()).isEmpty();

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(page).status()).isEqualTo(403);
    }
}
