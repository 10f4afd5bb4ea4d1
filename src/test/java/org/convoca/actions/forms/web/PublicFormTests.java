package org.convoca.actions.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.FormQuestions;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionKind;
import org.convoca.actions.forms.QuestionText;
import org.convoca.actions.forms.Submissions;
import org.convoca.actions.forms.TestForms;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PublicFormTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestForms testForms;
    @Autowired Forms forms;
    @Autowired FormQuestions questions;
    @Autowired Submissions submissions;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Activities activities;

    static WebSession.Page submit(WebSession browser, String path, Map<String, String> fields) {
        WebSession.Page page = browser.get(path);
        Map<String, String> all = new HashMap<>();
        all.put("seen", page.html().selectFirst("input[name=seen]").val());
        all.putAll(fields);
        return browser.postRaw(page.html().selectFirst("form.submit-form").attr("action"), all);
    }

    static String field(Form f, int question) {
        return f.questions().get(question).field();
    }

    @Test
    void aSupporterAnswersInSpanishAndTheAnswersAreKeptInTheMainLanguageWithTheConsentTheySaw() {
        var w = fixtures.workspace("Encuesta");
        Form f = testForms.survey(w.id(), "derechos");
        String path = "/" + w.workspace().slug() + "/forms/derechos";
        WebSession browser = new WebSession(port).acceptLanguage("es");
        WebSession.Page page = browser.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.text()).contains("Encuesta conozca sus derechos", "¿Puede asistir?", "K'iche'");
        assertThat(page.html().select(".prose strong").text()).isEqualTo("qué necesita");
        String consentShown = page.html().selectFirst(".consent").text();

        WebSession.Page thanks = browser.postRaw(path + "?lang=es", Map.of("seen",
                page.html().selectFirst("input[name=seen]").val(), "given_name", "Zoë 🌻", "family_name", "אברהם",
                "email", " Zoe@Example.org ", field(f, 0), "San José", field(f, 1), "Línea uno\r\nLínea dos <b>",
                field(f, 2), "Sí", field(f, 4), "yes"));

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.url()).endsWith(path + "/thanks?lang=es");
        assertThat(thanks.text()).contains("¡Gracias!", "Encuesta conozca sus derechos");
        Person zoe = people.findByEmail(w.id(), "zoe@example.org").orElseThrow();
        assertThat(zoe.givenName()).isEqualTo("Zoë 🌻");
        assertThat(zoe.familyName()).isEqualTo("אברהם");
        assertThat(zoe.language()).isEqualTo("es");
        assertThat(consents.of(w.id(), zoe.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(consentShown));
        assertThat(activities.timeline(w.id(), zoe.id(), 5)).anyMatch(a -> a.summary().contains("Encuesta"));
        var submitted = submissions.newest(w.id(), f.id(), 0, 10);
        assertThat(submitted).singleElement().satisfies(s -> {
            assertThat(s.answer(f.questions().get(0).id())).isEqualTo("San José");
            assertThat(s.answer(f.questions().get(1).id())).isEqualTo("Línea uno\nLínea dos <b>");
            assertThat(s.answer(f.questions().get(2).id())).as("kept in the main language").isEqualTo("Yes");
            assertThat(s.answer(f.questions().get(3).id())).isEmpty();
            assertThat(s.answer(f.questions().get(4).id())).isEqualTo("yes");
        });
    }

    @Test
    void missingTooLongAndMadeUpAnswersAreRefusedWithTheFormAsTypedAndNothingIsSaved() {
        var w = fixtures.workspace("Refused form");
        Form f = testForms.survey(w.id(), "refused");
        String path = "/" + w.workspace().slug() + "/forms/refused";

        WebSession.Page refused = submit(new WebSession(port), path, Map.of("given_name", "<script>alert(1)</script>",
                "email", "not an email", field(f, 1), "x".repeat(5001), field(f, 2), "Maybe'; DROP TABLE people;--",
                field(f, 3), "Klingon"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("have not been saved");
        var html = refused.html();
        assertThat(html.selectFirst("#email-error").text()).contains("email address");
        assertThat(html.selectFirst("#" + field(f, 0) + "-error").text()).contains("answer this question");
        assertThat(html.selectFirst("#" + field(f, 1) + "-error").text()).contains("5,000");
        assertThat(html.selectFirst("#" + field(f, 2) + "-error").text()).contains("choices shown");
        assertThat(html.selectFirst("#" + field(f, 3) + "-error").text()).contains("choices shown");
        assertThat(html.selectFirst("input[name=given_name]").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(submissions.count(w.id(), Submissions.Scope.form(f.id()))).isZero();

        WebSession.Page two = submit(new WebSession(port), path, Map.of("given_name", "Ana", "email",
                "two.choices@example.org", field(f, 0), "Austin", field(f, 2), "Yes"));
        assertThat(two.status()).isEqualTo(200);

        String huge = "y".repeat(300 * 1024);
        WebSession.Page tooLarge = submit(new WebSession(port), path, Map.of("given_name", huge, "email",
                "big@example.org"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(people.findByEmail(w.id(), "big@example.org")).isEmpty();
    }

    @Test
    void submittingAgainCountsOnceAndAStrangerCannotOverwriteSomeonesAnswers() {
        var w = fixtures.workspace("Twice form");
        Form f = testForms.survey(w.id(), "twice");
        String path = "/" + w.workspace().slug() + "/forms/twice";
        submit(new WebSession(port), path, Map.of("given_name", "Ana", "email", "ana.form@example.org",
                field(f, 0), "Austin", field(f, 2), "Yes"));
        WebSession.Page again = submit(new WebSession(port), path, Map.of("given_name", "Impostor",
                "email", "ANA.form@example.org", field(f, 0), "Nowhere", field(f, 2), "No", field(f, 1), "Added later"));

        assertThat(again.url()).endsWith("/thanks?lang=en");
        assertThat(submissions.count(w.id(), Submissions.Scope.form(f.id()))).isEqualTo(1);
        var s = submissions.newest(w.id(), f.id(), 0, 5).getFirst();
        assertThat(s.givenName()).isEqualTo("Ana");
        assertThat(s.answer(f.questions().get(0).id())).isEqualTo("Austin");
        assertThat(s.answer(f.questions().get(2).id())).isEqualTo("Yes");
        assertThat(s.answer(f.questions().get(1).id())).as("a missing answer is filled in").isEqualTo("Added later");
    }

    @Test
    void draftsAreNotFoundClosedFormsTakeNothingAndRobotsAreThankedForNothing() {
        var w = fixtures.workspace("States");
        Form f = testForms.survey(w.id(), "states");
        String path = "/" + w.workspace().slug() + "/forms/states";

        WebSession.Page robot = submit(new WebSession(port), path, Map.of("given_name", "Bot", "email",
                "bot.form@example.org", field(f, 0), "x", field(f, 2), "Yes", "website", "https://spam.example"));
        assertThat(robot.text()).contains("Thank you!");
        assertThat(people.findByEmail(w.id(), "bot.form@example.org")).isEmpty();

        WebSession.Page seenBefore = new WebSession(port).get(path);
        forms.setStatus(w.id(), f.id(), PetitionStatus.CLOSED);
        WebSession.Page closed = new WebSession(port).get(path);
        assertThat(closed.text()).contains("This form is closed");
        assertThat(closed.html().select("form.submit-form")).isEmpty();
        WebSession.Page late = new WebSession(port).postRaw(path, Map.of("seen",
                seenBefore.html().selectFirst("input[name=seen]").val(), "given_name", "Late",
                "email", "late.form@example.org"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(people.findByEmail(w.id(), "late.form@example.org")).isEmpty();

        forms.setStatus(w.id(), f.id(), PetitionStatus.DRAFT);
        assertThat(new WebSession(port).get(path).status()).isEqualTo(404);
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/forms/nothing-here").status())
                .isEqualTo(404);
    }

    @Test
    void aQuestionAddedWhileSomeoneWasTypingSendsTheFormBackUnsaved() {
        var w = fixtures.workspace("Changed form");
        Form f = testForms.survey(w.id(), "changed");
        String path = "/" + w.workspace().slug() + "/forms/changed";
        WebSession browser = new WebSession(port);
        String seen = browser.get(path).html().selectFirst("input[name=seen]").val();
        questions.add(f, new Question(null, QuestionKind.CHECKBOX, true, Map.of("en",
                new QuestionText("en", "I agree to the new terms", List.of()))));

        WebSession.Page changed = browser.postRaw(path, Map.of("seen", seen, "given_name", "Ana",
                "email", "changed.form@example.org", field(f, 0), "Austin", field(f, 2), "Yes"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text()).contains("changed while you were filling it in", "I agree to the new terms");
        assertThat(changed.html().selectFirst("input[name=given_name]").val()).isEqualTo("Ana");
        assertThat(people.findByEmail(w.id(), "changed.form@example.org")).isEmpty();
    }

    @Test
    void theEmbeddedFormMayBeFramedByAnySiteAndItsScriptPlacesIt() {
        var w = fixtures.workspace("Embed form");
        Form f = testForms.survey(w.id(), "embedded");
        String path = "/" + w.workspace().slug() + "/forms/embedded";
        var client = java.net.http.HttpClient.newHttpClient();
        try {
            var embed = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                    + port + path + "/embed")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(embed.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors *");
            assertThat(embed.headers().firstValue("Set-Cookie")).isEmpty();
            var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                    + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'self'");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WebSession.Page script = new WebSession(port).get(path + "/embed.js");
        assertThat(script.body()).contains(path + "/embed?lang=en", "Know your rights survey");

        WebSession.Page thanks = submit(new WebSession(port), path + "/embed", Map.of("given_name", "Ana",
                "email", "embed.form@example.org", field(f, 0), "Austin", field(f, 2), "Yes"));
        assertThat(thanks.url()).endsWith(path + "/embed/thanks?lang=en");
        assertThat(submissions.newest(w.id(), f.id(), 0, 1).getFirst().source()).isEqualTo("embed");
    }

    @Test
    void aFormWhoseAddressIsEmbedIsAnOrdinaryPageAndThanksOnTheSite() {
        var w = fixtures.workspace("Slug embed");
        Form f = testForms.survey(w.id(), "embed");
        String path = "/" + w.workspace().slug() + "/forms/embed";

        WebSession.Page thanks = submit(new WebSession(port), path, Map.of("given_name", "Ana",
                "email", "slug.embed@example.org", field(f, 0), "Austin", field(f, 2), "Yes"));

        assertThat(thanks.url()).endsWith(path + "/thanks?lang=en");
        assertThat(submissions.newest(w.id(), f.id(), 0, 1).getFirst().source()).isEqualTo("web");
    }
}
