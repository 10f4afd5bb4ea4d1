package org.convoca.actions.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.SentMail;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.TestForms;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class FormStaffPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Forms forms;
    @Autowired TestForms testForms;
    @Autowired AuditLog audit;
    @Autowired SentMail mail;

    @Test
    void anOrganizerBuildsAFormWithQuestionsPublishesItAndReadsTheAnswers() {
        var w = fixtures.workspace("Builders");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        assertThat(staff.get("/admin").html().select("nav.main a[href=/admin/forms]")).isNotEmpty();

        WebSession.Page created = staff.post("/admin/forms/new", "/admin/forms", Map.of("title_en",
                "Volunteer sign-up", "body_en", "Join **us**", "title_es", "Inscripción de voluntarios",
                "default_language", "en"));
        assertThat(created.status()).isEqualTo(200);
        String base = java.net.URI.create(created.url()).getPath();
        assertThat(created.text()).contains("Volunteer sign-up", "Draft");

        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("kind", "single_choice");
        choice.put("required", "yes");
        choice.put("label_en", "Which day?");
        choice.put("choices_en", "Saturday\r\nSunday");
        choice.put("label_es", "¿Qué día?");
        choice.put("choices_es", "Sábado\nDomingo");
        assertThat(staff.post(base, base + "/questions", choice).status()).isEqualTo(200);
        WebSession.Page added = staff.post(base, base + "/questions", Map.of("kind", "long_text",
                "label_en", "Anything else? <img src=x onerror=alert(1)>"));
        assertThat(added.text()).contains("Which day?", "Saturday / Sunday", "Anything else? <img");
        assertThat(added.html().select("img[onerror]")).isEmpty();

        WebSession.Page oneChoice = staff.post(base, base + "/questions", Map.of("kind", "multiple_choice",
                "label_en", "Pick", "choices_en", "Only one"));
        assertThat(oneChoice.status()).isEqualTo(422);
        assertThat(oneChoice.html().selectFirst("#choices_en-error").text()).contains("from 2 to 50");
        WebSession.Page unknownKind = staff.post(base, base + "/questions", Map.of("kind", "file_upload",
                "label_en", "Upload"));
        assertThat(unknownKind.status()).isEqualTo(422);
        WebSession.Page noLabel = staff.post(base, base + "/questions", Map.of("kind", "short_text",
                "label_es", "Solo en español", "label_en", "x".repeat(501)));
        assertThat(noLabel.status()).isEqualTo(422);

        staff.post(base, base + "/status", Map.of("status", "open"));
        Form f = forms.find(w.id(), java.util.UUID.fromString(base.substring(base.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(f.questions()).hasSize(2);
        String path = "/" + w.workspace().slug() + "/forms/" + f.slug();
        PublicFormTests.submit(new WebSession(port).acceptLanguage("es"), path, Map.of("given_name", "José",
                "email", "jose.volunteer@example.org", f.questions().get(0).field(), "Domingo",
                f.questions().get(1).field(), "=HYPERLINK(\"http://evil\")"));

        WebSession.Page list = staff.get(base + "/submissions");
        assertThat(list.text()).contains("José", "jose.volunteer@example.org", "Sunday", "=HYPERLINK");
        String csv = new String(staff.download(base + "/submissions.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("email", "Which day?", "Anything else?");
        assertThat(csv).contains("José", "Sunday", "'=HYPERLINK");
        assertThat(audit.recent(w.id(), 0, 20)).anyMatch(e -> e.action().equals("forms.export"))
                .anyMatch(e -> e.action().equals("forms.create"));
        assertThat(staff.get("/admin/forms").text()).contains("Volunteer sign-up");
    }

    @Test
    void viewersReadButCannotChangeOrExportAndOtherWorkspacesSeeNothing() {
        var w = fixtures.workspace("Guarded forms");
        Form f = testForms.survey(w.id(), "guarded");
        String base = "/admin/forms/" + f.id();
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(base).status()).isEqualTo(200);
        assertThat(viewer.get(base + "/submissions").status()).isEqualTo(200);
        assertThat(viewer.get(base + "/submissions.csv").status()).isEqualTo(403);
        assertThat(viewer.post(base, base + "/questions", Map.of("kind", "short_text", "label_en", "Sneaky"))
                .status()).isEqualTo(403);
        assertThat(viewer.get(base + "/edit").status()).isEqualTo(403);

        var other = fixtures.workspace("Other forms");
        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        assertThat(stranger.get(base).status()).isEqualTo(404);
        assertThat(stranger.get(base + "/submissions.csv").status()).isEqualTo(404);
        assertThat(stranger.get("/admin/forms/not-a-uuid").status()).isIn(400, 404);
    }

    @Test
    void aFormSendsItsConfirmationEmailOnceInTheLanguageItWasFilledIn() {
        var w = fixtures.workspace("Form confirma");
        Form f = testForms.survey(w.id(), "confirma");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/forms/" + f.id() + "/autoresponse";
        WebSession.Page saved = staff.post(page, page, Map.of("enabled", "yes", "subject_en", "Got it, {{given_name}}",
                "body_en", "Thanks for filling in {{title}}.", "subject_es", "Recibido, {{given_name|amiga}}",
                "body_es", "Gracias por llenar «{{title}}»."));
        assertThat(saved.url()).endsWith("/admin/forms/" + f.id() + "?saved=autoresponse");
        String path = "/" + w.workspace().slug() + "/forms/confirma";
        for (int i = 0; i < 2; i++) {
            PublicFormTests.submit(new WebSession(port), path + "?lang=es", Map.of("given_name", "Lucía",
                    "email", "lucia.form@example.org", PublicFormTests.field(f, 0), "Austin",
                    PublicFormTests.field(f, 2), "Sí"));
        }
        assertThat(mail.await("lucia.form@example.org", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Recibido, Lucía");
            assertThat(m.text()).isEqualTo("Gracias por llenar «Encuesta conozca sus derechos».");
        });
        assertThat(mail.settle("lucia.form@example.org")).hasSize(1);
    }
}
