package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.signon.TestLetters;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class LetterStaffPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired SignonLetters letters;
    @Autowired AuditLog audit;

    static Map<String, String> form() {
        Map<String, String> f = new HashMap<>();
        f.put("title_en", "Stop the raids");
        f.put("body_en", "We **urge** you.\n\n<script>alert(1)</script>");
        f.put("demands_en", "End raids at schools\n\nRelease the detained parents\n");
        f.put("title_es", "Alto a las redadas");
        f.put("demands_es", "Fin de las redadas en escuelas");
        f.put("addressee", "Secretary Ñúñez");
        f.put("deadline", "2099-12-31T17:00");
        f.put("signers", "organizations");
        f.put("default_language", "en");
        f.put("group_by_scope", "yes");
        return f;
    }

    @Test
    void anOrganizerWritesALetterInTwoLanguagesPublishesItAndTheEmbedAndPagesWork() {
        var w = fixtures.workspace("Staff letters");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page created = organizer.post("/admin/sign-on/new", "/admin/sign-on", form());

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.url()).matches(".*/admin/sign-on/[0-9a-f-]{36}");
        assertThat(created.html().select("#status").text()).isEqualTo("Draft");
        String admin = created.url().substring(created.url().indexOf("/admin"));
        String publicPath = "/" + w.workspace().slug() + "/sign-on/stop-the-raids";
        assertThat(new WebSession(port).get(publicPath).status()).isEqualTo(404);

        WebSession.Page published = organizer.post(admin, admin + "/status", Map.of("status", "open"));
        assertThat(published.html().select("#status").text()).isEqualTo("Open");
        assertThat(published.html().select(".embed-code").text()).contains(publicPath + "/embed.js", "<noscript><iframe");
        assertThat(organizer.get("/admin/sign-on").text()).contains("Stop the raids", "Open");

        WebSession supporter = new WebSession(port);
        WebSession.Page page = supporter.get(publicPath);
        assertThat(page.html().select(".prose strong").text()).isEqualTo("urge");
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.html().select(".demands li").eachText())
                .containsExactly("End raids at schools", "Release the detained parents");
        assertThat(page.html().select("input[value=individual]")).isEmpty();
        assertThat(page.text()).contains("Signing closes", "2099");
        assertThat(supporter.get(publicPath + "?lang=es").text()).contains("Alto a las redadas", "Para: Secretary Ñúñez");

        WebSession.Page embed = supporter.get(publicPath + "/embed");
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.html().select("form.sign").attr("action")).startsWith(publicPath + "/embed");
        WebSession.Page script = supporter.get(publicPath + "/embed.js");
        assertThat(script.body()).contains(publicPath + "/embed?lang=en", "iframe");
        assertThat(audit.recent(w.id(), 0, 10)).anyMatch(e -> e.action().equals("signon.create"))
                .anyMatch(e -> e.action().equals("signon.status"));

        WebSession.Page edit = organizer.get(admin + "/edit");
        assertThat(edit.html().selectFirst("input[name=deadline]").val()).isEqualTo("2099-12-31T17:00");
        Map<String, String> changed = form();
        changed.put("title_en", "Stop the raids now");
        changed.put("slug", "stop-the-raids");
        organizer.post(admin + "/edit", admin, changed);
        assertThat(supporter.get(publicPath).text()).contains("Stop the raids now");
    }

    @Test
    void aRefusedLetterComesBackWithItsProblemsAndNothingIsSaved() {
        var w = fixtures.workspace("Refused letters");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        Map<String, String> bad = form();
        bad.put("title_en", "x".repeat(301));
        bad.put("deadline", "next Tuesday");
        bad.put("slug", "Not A Slug!");

        WebSession.Page refused = organizer.post("/admin/sign-on/new", "/admin/sign-on", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("has not been saved", "Enter a date and time");
        assertThat(refused.html().selectFirst("textarea[name=body_en]").text()).contains("We **urge** you.");
        bad.put("deadline", "");
        WebSession.Page again = organizer.post("/admin/sign-on/new", "/admin/sign-on", bad);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text()).contains("under 300 characters", "lower-case letters");
        Map<String, String> untitled = form();
        untitled.put("title_en", "");
        assertThat(organizer.post("/admin/sign-on/new", "/admin/sign-on", untitled).status()).isEqualTo(422);
        assertThat(letters.count(w.id())).isZero();
    }

    @Test
    void aViewerReadsButCannotWriteAndAnotherWorkspacesLetterIsNotFound() {
        var w = fixtures.workspace("Viewers");
        var other = fixtures.workspace("Others");
        SignonLetter mine = testLetters.open(w.id(), "raids");
        SignonLetter theirs = testLetters.open(other.id(), "raids");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        assertThat(viewer.get("/admin/sign-on/" + mine.id()).status()).isEqualTo(200);
        assertThat(viewer.get("/admin/sign-on/new").status()).isEqualTo(403);
        assertThat(viewer.get("/admin/sign-on/" + mine.id() + "/signatures.csv").status()).isEqualTo(403);
        assertThat(viewer.get("/admin/sign-on/" + theirs.id()).status()).isEqualTo(404);
        assertThat(viewer.get("/admin/sign-on/not-a-uuid").status()).isIn(400, 404);
    }

    @Test
    void deliveryIsAPrintableLetterWithTheSignatoriesAndTheCsvHasContactsSafeFromFormulasAndIsAudited() {
        var w = fixtures.workspace("Delivery");
        SignonLetter letter = testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        sign(new WebSession(port), path, organization("=HYPERLINK(\"http://x\")", "formula@example.org"));
        sign(new WebSession(port), path, organization("The Florence Project", "florence@example.org"));
        sign(new WebSession(port), path, organization("Alianza", "alianza@example.org"));
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();

        WebSession.Page delivery = organizer.get(admin + "/delivery");
        assertThat(delivery.html().select("h1").text()).isEqualTo("End the raids");
        assertThat(delivery.html().select(".demands li")).hasSize(2);
        assertThat(delivery.html().select(".date").text()).isNotBlank();
        assertThat(delivery.html().select(".signer-names li").eachText()).containsExactly("Alianza — Chicago, IL",
                "The Florence Project — Chicago, IL", "=HYPERLINK(\"http://x\") — Chicago, IL");
        assertThat(delivery.text()).doesNotContain("florence@example.org");
        assertThat(organizer.get(admin + "/delivery?lang=es").html().select("h1").text()).isEqualTo("Alto a las redadas");

        String csv = new String(organizer.download(admin + "/signatures.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("signed_at,status,kind,organization");
        assertThat(csv).contains("florence@example.org", "'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(audit.recent(w.id(), 0, 10)).anyMatch(e -> e.action().equals("signon.export"));
    }

    @Test
    void staffPasteOrUploadAListAndGetItBackCleanedWithPossibleDuplicatesToDecide() {
        var w = fixtures.workspace("Cleaner");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        String pasted = "Dream Coalition\nThe Dream Coalition, Inc.\nACLU of Illinois\nACLU of Texas\n"
                + "National Immigration Law Center\nNILC\n  \n<script>x</script>\n";

        WebSession.Page cleaned = organizer.post("/admin/sign-on/clean", "/admin/sign-on/clean", Map.of("names", pasted));

        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(cleaned.html().selectFirst("#cleaned-list").text().lines().toList()).isEqualTo(java.util.List.of(
                "ACLU of Illinois", "ACLU of Texas", "Dream Coalition", "National Immigration Law Center", "NILC",
                "<script>x</script>"));
        assertThat(cleaned.body()).doesNotContain("<script>x</script>");
        assertThat(cleaned.html().select(".merged li").text()).contains("Dream Coalition", "The Dream Coalition, Inc.");
        assertThat(cleaned.html().select("fieldset.possible label").eachText()).singleElement()
                .satisfies(t -> assertThat(t).contains("National Immigration Law Center", "NILC"));

        Map<String, String> merge = new HashMap<>(Map.of("names", pasted, "merge", "0"));
        WebSession.Page merged = organizer.post("/admin/sign-on/clean", "/admin/sign-on/clean", merge);
        assertThat(merged.html().selectFirst("#cleaned-list").text()).doesNotContain("NILC")
                .contains("National Immigration Law Center");

        byte[] csv = "name,city\n\"Casa Ñandú, Inc.\",Austin\nCasa Ñandú,Austin\nZapata Center,El Paso\n"
                .getBytes(StandardCharsets.UTF_8);
        WebSession.Page uploaded = organizer.upload("/admin/sign-on/clean", "/admin/sign-on/clean", "file",
                "list.csv", csv);
        assertThat(uploaded.html().selectFirst("#cleaned-list").text().lines().toList())
                .isEqualTo(java.util.List.of("Casa Ñandú, Inc.", "Zapata Center"));
        assertThat(organizer.post("/admin/sign-on/clean", "/admin/sign-on/clean", Map.of("names", " \n ")).status())
                .isEqualTo(422);
        WebSession.Page binary = organizer.upload("/admin/sign-on/clean", "/admin/sign-on/clean", "file", "x.bin",
                new byte[] {0, 1, 2, 0, 5});
        assertThat(binary.status()).isEqualTo(422);
    }
}
