package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.util.Map;
import org.convoca.actions.signon.DuplicateCandidates;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.Signatory;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.TestLetters;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class LiveDeduplicationTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired Signatories signatories;
    @Autowired DuplicateCandidates candidates;

    private Fixtures.TestWorkspace w;
    private SignonLetter letter;
    private String path;
    private int signer;

    private void letter() {
        w = fixtures.workspace("Coalición");
        letter = testLetters.open(w.id(), "raids");
        path = "/" + w.workspace().slug() + "/sign-on/raids";
    }

    private void signs(String name) {
        String email = "c" + (++signer) + "." + w.workspace().slug() + "@example.org";
        WebSession.Page page = sign(new WebSession(port), path, organization(name, email));
        assertThat(page.status()).isEqualTo(200);
    }

    private java.util.List<String> publicNames() {
        return new WebSession(port).get(path).html().select("#signatories .orgs li strong").eachText();
    }

    @Test
    void chaptersInDifferentStatesAreNeverMergedNorProposed() {
        letter();
        signs("ACLU of Illinois");
        signs("ACLU of Texas");

        assertThat(publicNames()).containsExactly("ACLU of Illinois", "ACLU of Texas");
        assertThat(candidates.open(w.id(), letter.id())).isEmpty();
    }

    @Test
    void theSameOrganizationWithTheAndALegalSuffixIsMergedUnderTheEarlierSpelling() {
        letter();
        signs("Dream Coalition");
        signs("The Dream Coalition, Inc.");

        assertThat(publicNames()).containsExactly("Dream Coalition");
        assertThat(new WebSession(port).get(path).text()).contains("1 signatory");
        assertThat(signatories.listed(w.id(), letter.id())).singleElement()
                .satisfies(s -> assertThat(s.aliases()).containsExactly("The Dream Coalition, Inc."));

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String duplicates = "/admin/sign-on/" + letter.id() + "/duplicates";
        String listing = signatories.listings(w.id(), letter.id()).getFirst().id().toString();
        staff.post(duplicates, "/admin/sign-on/" + letter.id() + "/listings/" + listing + "/name",
                Map.of("name", "The Dream Coalition, Inc."));
        assertThat(publicNames()).containsExactly("The Dream Coalition, Inc.");
        WebSession.Page made = staff.post(duplicates, "/admin/sign-on/" + letter.id() + "/listings/" + listing
                + "/name", Map.of("name", "A spelling nobody signed with"));
        assertThat(made.status()).isEqualTo(404);
    }

    @Test
    void aPossibleDuplicateIsListedTwiceUntilStaffMergeIt() {
        letter();
        signs("National Immigration Law Center");
        signs("NILC");
        assertThat(publicNames()).containsExactly("National Immigration Law Center", "NILC");

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String duplicates = "/admin/sign-on/" + letter.id() + "/duplicates";
        WebSession.Page page = staff.get(duplicates);
        assertThat(page.html().select("table.candidates tbody tr").eachText()).singleElement()
                .satisfies(row -> assertThat(row).contains("National Immigration Law Center", "NILC"));
        String merge = page.html().selectFirst("form[action$=/merge]").attr("action");
        staff.post(duplicates, merge, Map.of());

        assertThat(publicNames()).containsExactly("National Immigration Law Center");
        assertThat(signatories.listed(w.id(), letter.id())).singleElement()
                .satisfies(s -> assertThat(s.aliases()).containsExactly("NILC"));
        assertThat(staff.get(duplicates).html().select("#no-candidates")).isNotEmpty();
        assertThat(staff.post(duplicates, merge, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void keepingAPairApartIsRememberedWhenTheSameSpellingsSignAgain() {
        letter();
        signs("Casa de Esperanza");
        signs("Casa Esperanza");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String duplicates = "/admin/sign-on/" + letter.id() + "/duplicates";
        String apart = staff.get(duplicates).html().selectFirst("form[action$=/keep-apart]").attr("action");
        staff.post(duplicates, apart, Map.of());

        signs("Casa Esperanza");
        signs("casa de esperanza");

        assertThat(candidates.open(w.id(), letter.id())).isEmpty();
        assertThat(publicNames()).containsExactly("Casa de Esperanza", "Casa Esperanza");
    }

    @Test
    void theListIsAlphabetizedIgnoringALeadingTheAndAccentsAndCanBeGroupedByScope() {
        letter();
        signs("Zapata Center");
        signs("The Florence Project");
        signs("Ñañú Collective");
        signs("Alianza Americas");
        assertThat(publicNames()).containsExactly("Alianza Americas", "The Florence Project", "Ñañú Collective",
                "Zapata Center");

        Map<String, String> national = organization("United We Dream", "uwd@example.org");
        national.put("scope", "national");
        sign(new WebSession(port), path, national);
        testLetters.update(new SignonLetter(letter.id(), letter.workspaceId(), letter.slug(), letter.status(),
                letter.addressee(), null, letter.signers(), false, true, "en", letter.texts(), letter.createdAt(),
                letter.modifiedAt()));
        WebSession.Page grouped = new WebSession(port).get(path);
        assertThat(grouped.html().select("#signatories h3").eachText())
                .containsExactly("National organizations", "State organizations");
        assertThat(grouped.html().select("#signatories ul.orgs").first().text()).contains("United We Dream");
        assertThat(signatories.listed(w.id(), letter.id())).extracting(Signatory::name).hasSize(5);
    }
}
