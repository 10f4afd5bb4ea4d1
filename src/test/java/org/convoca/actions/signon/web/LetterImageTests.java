package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.convoca.actions.signon.LetterImages;
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
class LetterImageTests {

    /** A one-pixel PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired LetterImages images;

    @Test
    void anOrganizerGivesTheLetterAnImageThatItsPublicPageShowsAndCanTakeItAway() {
        var w = fixtures.workspace("Coalición imagen");
        SignonLetter letter = testLetters.open(w.id(), "imagen");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        String path = "/" + w.workspace().slug() + "/sign-on/imagen";
        assertThat(new WebSession(port).get(path).html().select("img.hero")).isEmpty();
        assertThat(new WebSession(port).get(path + "/image").status()).isEqualTo(404);

        organizer.upload(admin, admin + "/image", "image", "mañana 🌻.png", PNG);
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(path).html().selectFirst("img.hero").attr("src")).isEqualTo(path + "/image");
        assertThat(visitor.download(path + "/image")).isEqualTo(PNG);
        assertThat(visitor.get(path + "/embed").html().select("img.hero")).as("not in the embedded form").isEmpty();

        organizer.post(admin, admin + "/image", java.util.Map.of("remove", "yes"));
        assertThat(images.exists(w.id(), letter.id())).isFalse();
        assertThat(new WebSession(port).get(path).html().select("img.hero")).isEmpty();
    }

    @Test
    void whatIsNotAnImageIsRefusedWithASentenceAndOthersCannotChangeIt() {
        var w = fixtures.workspace("Coalición no imagen");
        SignonLetter letter = testLetters.open(w.id(), "no-imagen");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        WebSession.Page refused = organizer.upload(admin, admin + "/image", "image", "x.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.html().selectFirst(".alert.error").text()).isNotBlank();
        assertThat(organizer.upload(admin, admin + "/image", "image", "empty.png", new byte[0]).html()
                .selectFirst(".alert.error")).isNotNull();
        assertThat(images.exists(w.id(), letter.id())).isFalse();

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.upload(admin, admin + "/image", "image", "a.png", PNG).status()).isEqualTo(403);
        WebSession stranger = fixtures.signIn(new WebSession(port), fixtures.workspace("Otra"), Role.ADMIN);
        assertThat(stranger.upload("/admin/sign-on", admin + "/image", "image", "a.png", PNG).status())
                .isEqualTo(404);
        assertThat(images.exists(w.id(), letter.id())).isFalse();
    }
}
