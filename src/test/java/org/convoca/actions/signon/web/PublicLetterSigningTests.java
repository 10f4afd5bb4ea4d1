package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.actions.signon.SignonSignatures;
import org.convoca.actions.signon.TestLetters;
import org.convoca.people.Consents;
import org.convoca.people.Organizations;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PublicLetterSigningTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired Signatories signatories;
    @Autowired SignonSignatures signatures;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Organizations organizations;

    @Test
    void anOrganizationSignsIsListedWithoutItsContactAndBecomesAnOrganizationAndAPersonInTheCrm() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        WebSession browser = new WebSession(port);
        WebSession.Page page = browser.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("End the raids", "To: Governor Núñez", "0 signatories");
        assertThat(page.html().select(".demands ol li").eachText())
                .containsExactly("Stop workplace raids", "Release detained parents");
        assertThat(page.html().select(".prose strong").text()).isEqualTo("urge");
        String consentShown = page.html().selectFirst(".consent").text();

        Map<String, String> org = organization("Casa Nuestra Señora", " Ana.Casa@Example.org ");
        org.put("org_website", "https://casa.example.org");
        WebSession.Page thanks = sign(browser, path, org);

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.url()).endsWith(path + "/thanks?lang=en");
        assertThat(thanks.text()).contains("Thank you for signing!");
        assertThat(thanks.html().select(".share-links a").eachAttr("href"))
                .anyMatch(h -> h.startsWith("https://twitter.com/intent/tweet?"));
        WebSession.Page after = browser.get(path);
        assertThat(after.html().select("#signatories .orgs li").eachText())
                .containsExactly("Casa Nuestra Señora (Chicago, IL)");
        assertThat(after.text()).contains("1 signatory").doesNotContain("ana.casa@example.org", "Ana Pérez", "Director");

        Person contact = people.findByEmail(w.id(), "ana.casa@example.org").orElseThrow();
        assertThat(contact.familyName()).isEqualTo("Pérez");
        assertThat(consents.of(w.id(), contact.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(consentShown));
        assertThat(organizations.of(w.id(), contact.id())).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Casa Nuestra Señora");
            assertThat(o.website()).isEqualTo("https://casa.example.org");
            assertThat(o.scope().wire()).isEqualTo("state");
        });
        assertThat(signatories.listed(w.id(), letter.id())).hasSize(1);
    }

    @Test
    void anIndividualSignsWithNonLatinNamesAndTheAffiliationIsForIdentificationOnly() {
        var w = fixtures.workspace("Unidos");
        testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        WebSession browser = new WebSession(port);
        Map<String, String> me = new HashMap<>();
        me.put("kind", "individual");
        me.put("given_name", "زينب 🌻");
        me.put("family_name", "Núñez");
        me.put("title", "Profesora");
        me.put("affiliation", "Universidad de Texas");
        me.put("email", "zainab@example.org");

        assertThat(sign(browser, path, me).status()).isEqualTo(200);

        WebSession.Page page = browser.get(path + "?lang=es");
        assertThat(page.html().select("#signatories .individuals li").eachText())
                .containsExactly("زينب 🌻 Núñez, Profesora, Universidad de Texas");
        assertThat(page.text()).contains("Alto a las redadas", "solo para identificación", "1 firmante");
    }

    @Test
    void hostileAndMalformedInputIsRefusedOrShownAsTextAndNothingHalfIsSaved() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        WebSession browser = new WebSession(port);

        WebSession.Page empty = sign(browser, path, Map.of("kind", "organization"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select(".error").size()).isGreaterThanOrEqualTo(4);
        Map<String, String> crlf = organization("Evil\r\nBcc: x@example.org", "crlf@example.org");
        assertThat(sign(browser, path, crlf).status()).isEqualTo(422);
        Map<String, String> huge = organization("A".repeat(301), "huge@example.org");
        assertThat(sign(browser, path, huge).status()).isEqualTo(422);
        Map<String, String> link = organization("Linkers", "link@example.org");
        link.put("org_website", "javascript:alert(1)");
        WebSession.Page refused = sign(browser, path, link);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("input[name=org_name]").val()).isEqualTo("Linkers");
        Map<String, String> badEmail = organization("Linkers", "not an email");
        assertThat(sign(browser, path, badEmail).status()).isEqualTo(422);
        assertThat(signatures.all(w.id(), letter.id())).isEmpty();
        assertThat(people.findByEmail(w.id(), "link@example.org")).isEmpty();

        Map<String, String> script = organization("<script>alert('x')</script> O'Brien \"Fund\"", "s@example.org");
        assertThat(sign(browser, path, script).status()).isEqualTo(200);
        WebSession.Page page = browser.get(path);
        assertThat(page.body()).doesNotContain("<script>alert");
        assertThat(page.html().select("#signatories .orgs li strong").text())
                .isEqualTo("<script>alert('x')</script> O'Brien \"Fund\"");
    }

    @Test
    void afterTheDeadlineThePageSaysSigningClosedAndASignatureIsNotSaved() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "late", SignonLetter.Signers.BOTH, false,
                Instant.now().plusSeconds(3600));
        String path = "/" + w.workspace().slug() + "/sign-on/late";
        WebSession browser = new WebSession(port);
        WebSession.Page open = browser.get(path);
        assertThat(open.text()).contains("Signing closes");
        String seen = open.html().selectFirst("input[name=seen]").val();
        testLetters.update(new SignonLetter(letter.id(), letter.workspaceId(), letter.slug(), letter.status(),
                letter.addressee(), Instant.now().minusSeconds(1), letter.signers(), false, false, "en",
                letter.texts(), letter.createdAt(), letter.modifiedAt()));

        Map<String, String> org = organization("Latecomers United", "late@example.org");
        org.put("seen", seen);
        WebSession.Page refused = browser.postRaw(path + "?lang=en", org);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Signing closed before your signature arrived");
        assertThat(browser.get(path).html().select("#closed").text()).contains("no longer takes signatures");
        assertThat(browser.get(path).html().select("form.sign")).isEmpty();
        assertThat(signatures.all(w.id(), letter.id())).isEmpty();
    }

    @Test
    void theHoneypotThanksARobotAndSavesNothing() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        Map<String, String> robot = organization("Spam Org", "robot@example.org");
        robot.put("website", "https://spam.example");

        WebSession.Page thanks = sign(new WebSession(port), path, robot);

        assertThat(thanks.text()).contains("Thank you for signing!");
        assertThat(signatures.all(w.id(), letter.id())).isEmpty();
        assertThat(people.findByEmail(w.id(), "robot@example.org")).isEmpty();
    }

    @Test
    void signingTwiceWithTheSameEmailForTheSameOrganizationCountsOnce() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        WebSession browser = new WebSession(port);
        sign(browser, path, organization("Casa Nuestra", "twice.casa@example.org"));
        sign(browser, path, organization("Casa Nuestra", "TWICE.casa@example.org"));

        assertThat(signatures.all(w.id(), letter.id())).hasSize(1);
        assertThat(browser.get(path).text()).contains("1 signatory");
    }

    @Test
    void aLetterForOrganizationsOnlyRefusesAnIndividual() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "orgs", SignonLetter.Signers.ORGANIZATIONS, false, null);
        String path = "/" + w.workspace().slug() + "/sign-on/orgs";
        WebSession browser = new WebSession(port);
        assertThat(browser.get(path).html().select("input[name=affiliation]")).isEmpty();

        WebSession.Page refused = sign(browser, path, Map.of("kind", "individual", "given_name", "Solo",
                "email", "solo@example.org"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(signatures.all(w.id(), letter.id())).isEmpty();
    }

    @Test
    void withModerationASignatureIsListedOnlyOnceStaffApproveIt() {
        var w = fixtures.workspace("Unidos");
        SignonLetter letter = testLetters.open(w.id(), "mod", SignonLetter.Signers.BOTH, true, null);
        String path = "/" + w.workspace().slug() + "/sign-on/mod";
        WebSession supporter = new WebSession(port);
        WebSession.Page thanks = sign(supporter, path, organization("Fe y Justicia", "fe@example.org"));
        assertThat(thanks.text()).contains("review it before it appears");
        assertThat(supporter.get(path).text()).contains("0 signatories").doesNotContain("Fe y Justicia");

        WebSession staff = fixtures.signIn(new WebSession(port), w, org.convoca.workspace.Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        WebSession.Page pending = staff.get(admin + "/signatures?status=pending");
        assertThat(pending.text()).contains("Fe y Justicia", "fe@example.org");
        SignonSignature s = signatures.all(w.id(), letter.id()).getFirst();
        staff.post(admin + "/signatures?status=pending", admin + "/signatures/" + s.id() + "/status",
                Map.of("status", "approved"));

        assertThat(supporter.get(path).html().select("#signatories .orgs li").eachText())
                .containsExactly("Fe y Justicia (Chicago, IL)");
        staff.post(admin + "/signatures", admin + "/signatures/" + s.id() + "/status", Map.of("status", "rejected"));
        assertThat(supporter.get(path).text()).contains("0 signatories");
    }

    @Test
    void aDraftLetterAndAnotherWorkspacesLetterAreNotFound() {
        var w = fixtures.workspace("Unidos");
        var other = fixtures.workspace("Otros");
        testLetters.open(w.id(), "raids");
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/" + other.workspace().slug() + "/sign-on/raids").status()).isEqualTo(404);
        assertThat(browser.get("/" + w.workspace().slug() + "/sign-on/nothing").status()).isEqualTo(404);
    }
}
