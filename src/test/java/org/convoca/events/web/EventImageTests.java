package org.convoca.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.TestEvents;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class EventImageTests {

    /** The smallest PNG there is: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;

    /** Every field of the edit form as the page filled it in, the way a browser would send it back. */
    static Map<String, String> filledIn(WebSession.Page edit, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element form = edit.html().selectFirst("form[action=" + action + "]");
        for (Element in : form.select("input[name], textarea[name], select[name]")) {
            if (in.is("input[type=checkbox], input[type=radio]") && !in.hasAttr("checked")) {
                continue;
            }
            String value = in.is("select") ? in.select("option[selected]").val() : in.is("textarea") ? in.wholeText()
                    : in.val();
            fields.put(in.attr("name"), value);
        }
        return fields;
    }

    @Test
    void anOrganizerUploadsAnImageWithAltTextAndItShowsOnThePublicPageAndTheListing() {
        var w = fixtures.workspace("Imágenes");
        Event e = testEvents.create(w.id(), TestEvents.webinar("mural", Duration.ofDays(20), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/events/" + e.id();
        String path = "/" + w.workspace().slug() + "/events/mural";
        assertThat(new WebSession(port).get(path).html().select("img.hero")).isEmpty();
        assertThat(new WebSession(port).get(path + "/image").status()).isEqualTo(404);

        assertThat(staff.upload(admin, null, "image", "mural.png", PNG).url()).endsWith(admin + "#image");
        WebSession.Page edit = staff.get(admin + "/edit");
        Map<String, String> fields = filledIn(edit, admin);
        fields.put("image_alt_en", "Mural: “Sí se puede” <script>alert(1)</script> 🌻");
        fields.put("image_alt_es", "Mural con la frase «Sí se puede» – مرحبا");
        WebSession.Page saved = staff.post(admin + "/edit", admin, fields);
        assertThat(saved.url()).endsWith(admin);

        WebSession.Page page = new WebSession(port).get(path);
        Element hero = page.html().selectFirst("img.hero");
        assertThat(hero.attr("src")).isEqualTo(path + "/image");
        assertThat(hero.attr("alt")).isEqualTo("Mural: “Sí se puede” <script>alert(1)</script> 🌻");
        assertThat(page.body()).doesNotContain("<script>alert(1)");
        assertThat(new WebSession(port).get(path + "?lang=es").html().selectFirst("img.hero").attr("alt"))
                .isEqualTo("Mural con la frase «Sí se puede» – مرحبا");
        assertThat(new WebSession(port).download(path + "/image")).isEqualTo(PNG);
        Element thumb = new WebSession(port).get("/" + w.workspace().slug() + "/events").html()
                .selectFirst("#upcoming img.thumb");
        assertThat(thumb.attr("src")).isEqualTo(path + "/image");
        assertThat(thumb.attr("alt")).startsWith("Mural: “Sí se puede”");
        assertThat(new WebSession(port).get(path + "/embed").html().select("img.hero")).isEmpty();

        staff.post(admin, admin + "/image", Map.of("remove", "yes"));
        assertThat(new WebSession(port).get(path).html().select("img.hero")).isEmpty();
        assertThat(new WebSession(port).get(path + "/image").status()).isEqualTo(404);
    }

    @Test
    void svgHtmlEmptyAndOversizedFilesAreRefusedWithAClearMessageAndTheOldImageStays() {
        var w = fixtures.workspace("Refused");
        Event e = testEvents.create(w.id(), TestEvents.webinar("refused", Duration.ofDays(20), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/events/" + e.id();
        String path = "/" + w.workspace().slug() + "/events/refused";
        staff.upload(admin, null, "image", "ok.png", PNG);

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        WebSession.Page refused = staff.upload(admin, null, "image", "evil.png", svg);
        assertThat(refused.html().selectFirst("#image .error").text())
                .isEqualTo("That file is not a PNG, JPEG, GIF or WebP image.");
        assertThat(staff.upload(admin, null, "image", "page.gif", "<html>GIF8".getBytes(StandardCharsets.UTF_8))
                .html().selectFirst("#image .error").text()).contains("not a PNG");
        assertThat(staff.upload(admin, null, "image", "empty.png", new byte[0]).html()
                .selectFirst("#image .error").text()).isEqualTo("Choose an image file of at most 2 MB.");
        byte[] huge = Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1);
        assertThat(staff.upload(admin, null, "image", "huge.png", huge).html()
                .selectFirst("#image .error").text()).isEqualTo("Choose an image file of at most 2 MB.");

        assertThat(new WebSession(port).download(path + "/image")).isEqualTo(PNG);
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(admin).html().select("#image form")).isEmpty();
        assertThat(viewer.upload(admin, admin + "/image", "image", "x.png", PNG).status()).isEqualTo(403);
        WebSession other = fixtures.signIn(new WebSession(port), fixtures.workspace("Other"), Role.ORGANIZER);
        assertThat(other.upload("/admin/events", admin + "/image", "image", "x.png", PNG).status()).isEqualTo(404);
    }

    @Test
    void theImageOfAnEventWithoutOneAndOfAnotherWorkspacesEventIsNotFound() {
        var w = fixtures.workspace("Plain");
        testEvents.create(w.id(), TestEvents.draft("plain", java.time.Instant.now().plus(Duration.ofDays(3)),
                java.time.Instant.now().plus(Duration.ofDays(3)).plusSeconds(3600), "America/Chicago", 0, "",
                "Calle 5 #12, Ciudad"));
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/events/plain/image").status()).isEqualTo(404);
        assertThat(new WebSession(port).get("/nobody-here/events/plain/image").status()).isEqualTo(404);
    }
}
