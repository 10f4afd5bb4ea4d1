package org.convoca.actions.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.SentMail;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Target;
import org.convoca.actions.letters.Targets;
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
class CampaignConfirmationTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired Autoresponses autoresponses;
    @Autowired SentMail mail;
    @Autowired ApiKeys keys;

    record Campaign(Fixtures.TestWorkspace w, UUID id, String path, WebSession staff) {
    }

    Campaign campaign(String name, String targetEmail) {
        return campaign(port, fixtures, targets, campaigns, name, targetEmail);
    }

    /** An open campaign in English and Spanish with one target who represents everyone. */
    static Campaign campaign(int port, Fixtures fixtures, Targets targets, LetterCampaigns campaigns, String name,
            String targetEmail) {
        var w = fixtures.workspace(name);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page created = staff.post("/admin/letters/new", "/admin/letters", Map.of("title_en",
                "Protect our neighbors", "body_en", "Write today.", "subject_en", "Please protect our neighbors",
                "letter_en", "I ask you to vote yes.", "title_es", "Protejan a nuestros vecinos", "subject_es",
                "Protejan a nuestros vecinos", "letter_es", "Le pido que vote sí.", "default_language", "en"));
        String base = java.net.URI.create(created.url()).getPath();
        UUID id = UUID.fromString(base.substring(base.lastIndexOf('/') + 1));
        Target t = targets.add(w.id(), new Target(null, null, "Ana Núñez", "Senator", targetEmail, List.of(),
                List.of(), null));
        campaigns.setTargets(campaigns.find(w.id(), id).orElseThrow(), List.of(t.id()));
        staff.post(base, base + "/status", Map.of("status", "open"));
        return new Campaign(w, id, "/" + w.workspace().slug() + "/letters/protect-our-neighbors", staff);
    }

    static WebSession.Page confirmation(Campaign c, Map<String, String> fields) {
        String page = "/admin/letters/" + c.id() + "/autoresponse";
        return c.staff().post(page, page, fields);
    }

    @Test
    void aWriterGetsOneConfirmationInTheirLanguageAndTheTargetGetsNoneOfIt() {
        Campaign c = campaign("Cartas", "senator.conf@example.gov");
        WebSession.Page saved = confirmation(c, Map.of("enabled", "yes",
                "subject_en", "Thanks for writing, {{given_name|friend}}\r\nBcc: victim@example.org",
                "body_en", "You wrote on “{{title}}”.\n<script>alert(1)</script>",
                "subject_es", "¡Gracias por escribir, {{given_name|amiga}}! 🌻", "body_es", "Escribiste sobre «{{title}}». שלום"));
        assertThat(saved.url()).endsWith("/admin/letters/" + c.id() + "?saved=autoresponse");
        assertThat(c.staff().get("/admin/letters/" + c.id()).html().select(".toolbar a").eachText())
                .contains("Confirmation email ✓");

        for (int i = 0; i < 2; i++) {
            WebSession.Page thanks = LetterPagesTests.send(new WebSession(port), c.path() + "?postal_code=78701&region=TX&lang=es",
                    Map.of("given_name", "Zoë", "email", "Zoe.Conf@example.org", "subject", "Vote sí",
                            "message", "Por favor'; DROP TABLE people; --"));
            assertThat(thanks.url()).as(thanks.text()).endsWith("/thanks?lang=es");
        }
        LetterPagesTests.send(new WebSession(port), c.path() + "?postal_code=78701&region=TX", Map.of(
                "given_name", "Bob", "email", "bob.conf@example.org", "subject", "Vote yes", "message", "Please"));

        assertThat(mail.await("zoe.conf@example.org", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("¡Gracias por escribir, Zoë! 🌻");
            assertThat(m.text()).isEqualTo("Escribiste sobre «Protejan a nuestros vecinos». שלום");
        });
        assertThat(mail.await("bob.conf@example.org", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Thanks for writing, Bob ").doesNotContain("\r", "\n");
            assertThat(m.text()).startsWith("You wrote on “Protect our neighbors”.");
        });
        assertThat(mail.settle("zoe.conf@example.org")).as("writing again confirms nothing more").hasSize(1);
        assertThat(mail.to("victim@example.org")).isEmpty();
        assertThat(mail.await("senator.conf@example.gov", 2)).hasSize(2)
                .noneMatch(m -> m.subject().contains("Gracias") || m.subject().contains("Thanks"));
        assertThat(c.staff().get("/admin/letters/" + c.id() + "/autoresponse").html()
                .selectFirst("#autoresponse-sent").text()).endsWith(": 2");
    }

    @Test
    void aCampaignWithItTurnedOffSendsNoneAndTheApiOnlyWhenAsked() {
        Campaign c = campaign("Cartas quietas", "senator.quiet@example.gov");
        confirmation(c, Map.of("subject_en", "Thanks", "body_en", "Thanks"));
        var r = LetterPagesTests.send(new WebSession(port), c.path() + "?postal_code=78701&region=TX", Map.of(
                "given_name", "Ana", "email", "off.conf@example.org", "subject", "Vote yes", "message", "Please"));
        assertThat(r.url()).endsWith("/thanks?lang=en");
        assertThat(mail.await("senator.quiet@example.gov", 1)).hasSize(1);
        assertThat(mail.settle("off.conf@example.org")).isEmpty();

        confirmation(c, Map.of("enabled", "yes", "subject_en", "Thanks {{given_name|friend}}", "body_en", "Thanks"));
        ApiClient api = new ApiClient(port, keys.create(c.w().id(), "script").secret());
        String url = "/advocacy_campaigns/" + c.id() + "/outreaches";
        api.post(url, "{\"person\": {\"email_addresses\": [{\"address\": \"silent.conf@example.org\"}]}}");
        api.post(url, "{\"person\": {\"email_addresses\": [{\"address\": \"asked.conf@example.org\"}]}, "
                + "\"triggers\": {\"autoresponse\": {\"enabled\": true}}}");
        assertThat(mail.await("asked.conf@example.org", 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Thanks friend"));
        assertThat(mail.to("silent.conf@example.org")).isEmpty();
    }

    @Test
    void emptyOrHugeConfirmationsAreRefusedAndViewersCannotOpenThePage() {
        Campaign c = campaign("Cartas malas", "senator.bad@example.gov");
        assertThat(confirmation(c, Map.of("enabled", "yes")).status()).isEqualTo(422);
        WebSession.Page huge = confirmation(c, Map.of("subject_en", "x".repeat(301), "body_en", "y"));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.html().selectFirst("#subject_en-error")).isNotNull();
        assertThat(autoresponses.find(c.w().id(), c.id()).texts()).isEmpty();
        WebSession viewer = fixtures.signIn(new WebSession(port), c.w(), Role.VIEWER);
        assertThat(viewer.get("/admin/letters/" + c.id() + "/autoresponse").status()).isEqualTo(403);
        WebSession stranger = fixtures.signIn(new WebSession(port), fixtures.workspace("Otra"), Role.ADMIN);
        assertThat(stranger.get("/admin/letters/" + c.id() + "/autoresponse").status()).isEqualTo(404);
    }
}
