package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.util.Map;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.TestLetters;
import org.convoca.actions.signon.ThankYouPages;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class ThankYouPageTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired ThankYouPages pages;

    @Test
    void signersAreThankedWithTheLettersHashtagsInTheirShareLinksAndTheSuggestedNextAction() {
        var w = fixtures.workspace("Coalición gracias");
        SignonLetter letter = testLetters.open(w.id(), "gracias");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/sign-on/" + letter.id() + "/thank-you";
        WebSession.Page saved = organizer.post(page, page, Map.of("hashtags", "#AltoALasRedadas, #NiñosPrimero",
                "next_action_url", "https://example.org/marcha/niños?x=1&y=2"));
        assertThat(saved.url()).endsWith("/admin/sign-on/" + letter.id() + "?saved=thank-you");
        assertThat(organizer.get(page).html().selectFirst("#hashtags").val()).isEqualTo("AltoALasRedadas NiñosPrimero");

        String path = "/" + w.workspace().slug() + "/sign-on/gracias";
        WebSession.Page thanks = sign(new WebSession(port), path + "?lang=es", organization("Casa Ñandú", "n@example.org"));
        assertThat(thanks.url()).endsWith("/thanks?lang=es");
        assertThat(thanks.html().select(".hashtags .tag").eachText())
                .containsExactly("#AltoALasRedadas", "#NiñosPrimero");
        assertThat(thanks.html().select(".share-links a").eachAttr("href"))
                .anyMatch(h -> h.startsWith("https://twitter.com/intent/tweet?") && h.contains(
                        "&hashtags=AltoALasRedadas%2CNi%C3%B1osPrimero"));
        assertThat(thanks.html().selectFirst("a.next-action").attr("href"))
                .isEqualTo("https://example.org/marcha/niños?x=1&y=2");
        assertThat(thanks.html().selectFirst("a.next-action").text()).isNotBlank();
    }

    @Test
    void aLetterWithoutThemThanksPlainlyAndHostileOrHugeValuesAreRefused() {
        var w = fixtures.workspace("Coalición sin");
        SignonLetter letter = testLetters.open(w.id(), "sin");
        String path = "/" + w.workspace().slug() + "/sign-on/sin";
        WebSession.Page plain = sign(new WebSession(port), path, organization("Casa Sin", "sin@example.org"));
        assertThat(plain.html().select(".hashtags, a.next-action")).isEmpty();
        assertThat(plain.html().select(".share-links a").eachAttr("href")).noneMatch(h -> h.contains("hashtags="));

        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/sign-on/" + letter.id() + "/thank-you";
        WebSession.Page script = organizer.post(page, page, Map.of("hashtags", "ok",
                "next_action_url", "javascript:alert(1)"));
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.html().selectFirst("#next_action_url-error").text()).contains("https://");
        WebSession.Page tags = organizer.post(page, page, Map.of("hashtags", "<script>alert(1)</script> '--",
                "next_action_url", ""));
        assertThat(tags.status()).isEqualTo(422);
        assertThat(tags.html().select("script:containsData(alert)")).isEmpty();
        assertThat(organizer.post(page, page, Map.of("hashtags", "a".repeat(100_000))).status()).isEqualTo(422);
        assertThat(pages.find(w.id(), letter.id()).hashtags()).isEmpty();

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(page).status()).isEqualTo(403);
        WebSession stranger = fixtures.signIn(new WebSession(port), fixtures.workspace("Otra"), Role.ADMIN);
        assertThat(stranger.get(page).status()).isEqualTo(404);
    }
}
