package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.Petitions;
import org.convoca.actions.Signatures;
import org.convoca.actions.TestPetitions;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PublicSigningTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Petitions petitions;
    @Autowired Signatures signatures;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Activities activities;

    static WebSession.Page sign(WebSession browser, String path, Map<String, String> fields) {
        WebSession.Page page = browser.get(path);
        Map<String, String> all = new HashMap<>();
        all.put("seen", page.html().selectFirst("input[name=seen]").val());
        all.putAll(fields);
        String action = page.html().selectFirst("form.sign").attr("action");
        return browser.postRaw(action, all);
    }

    @Test
    void aSupporterSignsWithoutSigningInAndIsAddedWithTheExactConsentTextTheySaw() {
        var w = fixtures.workspace("Unidos");
        Petition p = testPetitions.open(w.id(), "daca");
        String path = "/" + w.workspace().slug() + "/petitions/daca";
        WebSession supporter = new WebSession(port);
        WebSession.Page page = supporter.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Protect DACA recipients", "To: Governor Núñez", "0 signatures", "of 100");
        assertThat(page.html().select(".prose strong").text()).isEqualTo("belong");
        String consentShown = page.html().selectFirst(".consent").text();
        assertThat(consentShown).contains("Unidos may contact you");

        WebSession.Page thanks = sign(supporter, path, Map.of("given_name", "Zoë 🌻", "family_name", "Ñúñez",
                "email", " Zoe@Example.org ", "postal_code", "78701", "city", "Austin", "comment", "¡Sí se puede!",
                "listed", "yes"));

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.url()).endsWith(path + "/thanks?lang=en");
        assertThat(thanks.text()).contains("Thank you for signing!", "Thank you, you are amazing.", "1 signature",
                "#DefendDACA", "#HereToStay");
        assertThat(thanks.html().select(".share-links a").eachAttr("href")).anyMatch(h -> h.startsWith(
                "https://twitter.com/intent/tweet?")).anyMatch(h -> h.startsWith("https://wa.me/?text="))
                .anyMatch(h -> h.startsWith("mailto:?subject="));
        assertThat(thanks.html().selectFirst("a.button.primary").attr("href")).isEqualTo("https://example.org/next");
        assertThat(thanks.html().select("script[src]").eachAttr("src")).allMatch(s -> s.startsWith("/"));

        Person signer = people.findByEmail(w.id(), "zoe@example.org").orElseThrow();
        assertThat(signer.givenName()).isEqualTo("Zoë 🌻");
        assertThat(signer.address().postalCode()).isEqualTo("78701");
        assertThat(signer.language()).isEqualTo("en");
        assertThat(consents.of(w.id(), signer.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(consentShown));
        assertThat(activities.timeline(w.id(), signer.id(), 10)).anyMatch(a -> a.summary().contains(
                "Signed the petition “Protect DACA recipients”"));
        assertThat(supporter.get(path).text()).contains("Zoë 🌻 · Austin", "¡Sí se puede!");
    }

    @Test
    void signingTwiceWithTheSameEmailCountsOnceAndThanksAgain() {
        var w = fixtures.workspace("Twice");
        Petition p = testPetitions.open(w.id(), "twice");
        String path = "/" + w.workspace().slug() + "/petitions/twice";
        WebSession.Page first = sign(new WebSession(port), path, Map.of("given_name", "Ana", "email", "ana@example.org"));
        WebSession.Page second = sign(new WebSession(port), path, Map.of("given_name", "Ana María",
                "email", "ANA@example.org"));

        assertThat(first.url()).endsWith("/thanks?lang=en");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.url()).endsWith("/thanks?lang=en");
        assertThat(second.text()).contains("Thank you for signing!", "1 signature");
        assertThat(signatures.count(w.id(), Signatures.Scope.petition(p.id()))).isEqualTo(1);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(people.findByEmail(w.id(), "ana@example.org").orElseThrow().givenName())
                .as("a public form fills in what is missing, never overwrites").isEqualTo("Ana");
    }

    @Test
    void theSpanishVersionIsSignedInSpanishAndItsConsentIsRecordedInSpanish() {
        var w = fixtures.workspace("Español");
        testPetitions.open(w.id(), "es");
        String path = "/" + w.workspace().slug() + "/petitions/es";
        WebSession browser = new WebSession(port).acceptLanguage("es-MX,es;q=0.9");
        WebSession.Page page = browser.get(path);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.text()).contains("Protejan a los beneficiarios de DACA", "Para: Governor Núñez", "Firme la petición");
        assertThat(page.html().select(".languages a").attr("href")).isEqualTo(path + "?lang=en");

        WebSession.Page thanks = sign(browser, path + "?lang=es", Map.of("given_name", "José", "email",
                "jose@example.org"));
        assertThat(thanks.url()).endsWith("/thanks?lang=es");
        assertThat(thanks.text()).contains("¡Gracias por firmar!", "1 firma");
        Person jose = people.findByEmail(w.id(), "jose@example.org").orElseThrow();
        assertThat(jose.language()).isEqualTo("es");
        assertThat(consents.of(w.id(), jose.id()).getFirst().text()).startsWith("Al firmar, acepta que Español");
        assertThat(new WebSession(port).get(path + "?lang=en").text()).contains("Protect DACA recipients");
    }

    @Test
    void theHoneypotThanksRobotsAndSavesNothing() {
        var w = fixtures.workspace("Honeypot");
        testPetitions.open(w.id(), "pot");
        String path = "/" + w.workspace().slug() + "/petitions/pot";
        WebSession.Page page = new WebSession(port).get(path);
        assertThat(page.html().selectFirst(".hp input[name=website]").attr("tabindex")).isEqualTo("-1");

        WebSession.Page robot = sign(new WebSession(port), path, Map.of("given_name", "Bot", "email",
                "bot@example.org", "website", "https://spam.example"));

        assertThat(robot.status()).isEqualTo(200);
        assertThat(robot.text()).contains("Thank you for signing!");
        assertThat(people.findByEmail(w.id(), "bot@example.org")).isEmpty();
    }

    @Test
    void hostileAndBrokenInputIsRefusedFieldByFieldOrShownAsTextWithNothingHalfSaved() {
        var w = fixtures.workspace("Hostile");
        testPetitions.open(w.id(), "hostile");
        String path = "/" + w.workspace().slug() + "/petitions/hostile";

        WebSession.Page empty = sign(new WebSession(port), path, Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select("#given_name-error").text()).isEqualTo("Please fill in this field.");
        assertThat(empty.html().select("#email-error").text()).isEqualTo("Please fill in this field.");

        WebSession.Page crlf = sign(new WebSession(port), path, Map.of("given_name", "Ana\r\nBcc: x@y.org",
                "email", "ana@example.org\r\nBcc: victim@example.org"));
        assertThat(crlf.status()).isEqualTo(422);
        assertThat(crlf.html().select("#given_name-error").text()).contains("one line");
        assertThat(crlf.html().select("#email-error").text()).isNotEmpty();

        String huge = "ñ".repeat(1_200);
        WebSession.Page big = sign(new WebSession(port), path, Map.of("given_name", huge, "email", "big@example.org",
                "postal_code", huge, "comment", huge));
        assertThat(big.status()).isEqualTo(422);
        assertThat(big.html().select("#postal_code-error").text()).contains("under 20 characters");
        assertThat(big.html().select("#comment-error").text()).contains("under 1,000 characters");
        assertThat(big.html().selectFirst("input[name=given_name]").val()).isEqualTo(huge);

        WebSession.Page notEmail = sign(new WebSession(port), path, Map.of("given_name", "Ana", "email", "ana@"));
        assertThat(notEmail.html().select("#email-error").text()).contains("name@example.org");

        WebSession.Page tooLarge = new WebSession(port).postRaw(path, Map.of("given_name", "x".repeat(40_000)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();

        WebSession.Page script = sign(new WebSession(port), path, Map.of("given_name", "<script>alert(1)</script>",
                "family_name", "O'Brien\"; DROP TABLE signatures; --", "email", "o'brien@example.org",
                "city", "مدينة", "comment", "<img src=x onerror=alert(1)>", "listed", "yes"));
        assertThat(script.status()).isEqualTo(200);
        WebSession.Page again = new WebSession(port).get(path);
        assertThat(again.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(again.html().select(".signers li").text()).contains("<script>alert(1)</script>", "مدينة");
        assertThat(people.findByEmail(w.id(), "o'brien@example.org").orElseThrow().familyName())
                .isEqualTo("O'Brien\"; DROP TABLE signatures; --");
    }

    @Test
    void aConsentTextChangedWhileTheFormWasOpenIsShownAgainBeforeAnythingIsSaved() {
        var w = fixtures.workspace("Changed");
        Petition p = testPetitions.open(w.id(), "changed");
        String path = "/" + w.workspace().slug() + "/petitions/changed";
        WebSession browser = new WebSession(port);
        String seen = browser.get(path).html().selectFirst("input[name=seen]").val();
        var texts = new java.util.LinkedHashMap<>(p.texts());
        var en = p.text("en");
        texts.put("en", new org.convoca.actions.PetitionText("en", en.title(), en.body(), en.letter(),
                "New words: we may share your name with the Governor.", en.thanks(), en.imageAlt()));
        petitions.update(new Petition(p.id(), p.workspaceId(), p.slug(), p.status(), p.target(), p.goal(),
                p.defaultLanguage(), p.showSigners(), p.hashtags(), p.nextActionUrl(), p.originSystem(), false, texts,
                p.createdAt(), p.modifiedAt()));

        WebSession.Page changed = browser.postRaw(path, Map.of("seen", seen, "given_name", "Ana",
                "email", "ana@example.org"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text()).contains("changed while you were reading", "New words: we may share");
        assertThat(changed.html().selectFirst("input[name=given_name]").val()).isEqualTo("Ana");
        assertThat(people.findByEmail(w.id(), "ana@example.org")).isEmpty();
    }

    @Test
    void draftsAreNotPublicAndClosedPetitionsShowTheirCountWithoutAForm() {
        var w = fixtures.workspace("Closed");
        Petition p = testPetitions.open(w.id(), "closing");
        String path = "/" + w.workspace().slug() + "/petitions/closing";
        sign(new WebSession(port), path, Map.of("given_name", "Ana", "email", "ana@example.org"));
        petitions.setStatus(w.id(), p.id(), PetitionStatus.CLOSED);

        WebSession.Page closed = new WebSession(port).get(path);
        assertThat(closed.text()).contains("This petition is closed", "1 signature");
        assertThat(closed.html().select("form.sign")).isEmpty();
        WebSession.Page late = new WebSession(port).postRaw(path, Map.of("given_name", "Late",
                "email", "late@example.org"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(people.findByEmail(w.id(), "late@example.org")).isEmpty();

        petitions.setStatus(w.id(), p.id(), PetitionStatus.DRAFT);
        assertThat(new WebSession(port).get(path).status()).isEqualTo(404);
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/petitions/nothing-here").status())
                .isEqualTo(404);
        assertThat(new WebSession(port).get("/no-such-workspace/petitions/closing").status()).isEqualTo(404);
    }
}
