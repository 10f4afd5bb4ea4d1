package org.convoca.actions.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.SentMail;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.letters.Targets;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class LetterPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired Outreaches outreaches;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired AuditLog audit;
    @Autowired SentMail mail;

    static final String CSV = """
            name,title,email,regions,postal_prefixes
            Ana Núñez,Senator,ana.senator@example.gov,TX,
            "Bob ""The Rep"" Smith",Representative,bob.rep@example.gov,,787 788
            Carla Díaz,Senator,carla.senator@example.gov,CA,
            Mayor's Office,,mayor@example.gov,,
            """;

    record Campaign(Fixtures.TestWorkspace w, UUID id, String path, WebSession staff) {
    }

    Campaign campaign(String name) {
        var w = fixtures.workspace(name);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page imported = staff.upload("/admin/letters/targets", "/admin/letters/targets/import", "file",
                "targets.csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.html().selectFirst("#notice").text()).contains("4");
        WebSession.Page created = staff.post("/admin/letters/new", "/admin/letters", Map.of("title_en",
                "Protect our neighbors", "body_en", "Write **today**.", "subject_en", "Please protect our neighbors",
                "letter_en", "I ask you to vote yes.", "title_es", "Protejan a nuestros vecinos", "subject_es",
                "Protejan a nuestros vecinos", "letter_es", "Le pido que vote sí.", "default_language", "en"));
        String base = java.net.URI.create(created.url()).getPath();
        UUID id = UUID.fromString(base.substring(base.lastIndexOf('/') + 1));
        var boxes = staff.get(base).html().select("input[name=target]");
        assertThat(boxes).hasSize(4);
        staff.post(base, base + "/targets", Map.of("target", boxes.getFirst().val()));
        assertThat(campaigns.find(w.id(), id).orElseThrow().targetIds()).hasSize(1);
        // The page posts every ticked box under one name, which this session's map cannot: the rest directly.
        campaigns.setTargets(campaigns.find(w.id(), id).orElseThrow(), boxes.eachAttr("value").stream()
                .map(UUID::fromString).toList());
        staff.post(base, base + "/status", Map.of("status", "open"));
        return new Campaign(w, id, "/" + w.workspace().slug() + "/letters/protect-our-neighbors", staff);
    }

    static WebSession.Page send(WebSession browser, String page, Map<String, String> fields) {
        WebSession.Page form = browser.get(page);
        Map<String, String> all = new HashMap<>();
        form.html().select("form.write-letter input, form.write-letter textarea").forEach(e -> {
            // As a browser does: a box that is not ticked sends nothing.
            boolean unticked = e.attr("type").equals("checkbox") && !e.hasAttr("checked");
            if (!e.attr("name").isEmpty() && !unticked) {
                all.put(e.attr("name"), e.tagName().equals("textarea") ? e.text() : e.val());
            }
        });
        all.putAll(fields);
        return browser.postRaw(form.html().selectFirst("form.write-letter").attr("action"), all);
    }

    @Test
    void theScriptTagFramesTheEmbeddedLetterTallerThanOtherActionsInTheLanguageAskedFor() {
        Campaign c = campaign("Letter embed");
        WebSession.Page script = new WebSession(port).get(c.path() + "/embed.js?lang=es");
        assertThat(script.body()).contains("createElement('iframe')", c.path() + "/embed?lang=es",
                "\"Protejan a nuestros vecinos\"", "height:64rem;");
    }

    @Test
    void aSupporterInTexasWritesToTheirSenatorRepresentativeAndTheMayorWhoReplyToThem() {
        Campaign c = campaign("Letters");
        assertThat(targets.count(c.w().id())).isEqualTo(4);
        WebSession supporter = new WebSession(port);
        WebSession.Page first = supporter.get(c.path());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().select("form.find-targets")).isNotEmpty();
        assertThat(first.html().select("form.write-letter")).isEmpty();

        WebSession.Page page = supporter.get(c.path() + "?postal_code=78701&region=tx");
        assertThat(page.html().select("#targets li").eachText()).containsExactly("Senator Ana Núñez",
                "Representative Bob \"The Rep\" Smith", "Mayor's Office");
        assertThat(page.html().selectFirst("textarea[name=message]").text()).isEqualTo("I ask you to vote yes.");

        WebSession.Page thanks = send(supporter, c.path() + "?postal_code=78701&region=tx", Map.of("given_name",
                "Zoë", "family_name", "O'Brien 🌻", "email", "Zoe.Writer@example.org", "subject",
                "Vote yes, please", "message", "I live in Austin.\nVote yes on <b>HB 1</b>."));
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.url()).endsWith(c.path() + "/thanks?lang=en");
        assertThat(thanks.text()).contains("Thank you for writing!");

        var toAna = mail.await("ana.senator@example.gov", 1);
        assertThat(toAna).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Vote yes, please");
            assertThat(m.replyTo()).isEqualTo("zoe.writer@example.org");
            assertThat(m.sender()).startsWith("Zoë O'Brien 🌻 via Letters");
            assertThat(m.text()).startsWith("Senator Ana Núñez\n\nI live in Austin.\nVote yes on <b>HB 1</b>.")
                    .contains("Zoë O'Brien 🌻", "78701 tx", "zoe.writer@example.org");
        });
        assertThat(mail.await("bob.rep@example.gov", 1)).hasSize(1);
        assertThat(mail.await("mayor@example.gov", 1)).hasSize(1);
        assertThat(mail.to("carla.senator@example.gov")).isEmpty();
        Person zoe = people.findByEmail(c.w().id(), "zoe.writer@example.org").orElseThrow();
        assertThat(zoe.address().postalCode()).isEqualTo("78701");
        assertThat(consents.of(c.w().id(), zoe.id())).singleElement()
                .satisfies(k -> assertThat(k.text()).contains("Letters may contact you"));

        send(new WebSession(port), c.path() + "?postal_code=78701", Map.of("given_name", "Zoë", "email",
                "zoe.writer@example.org", "subject", "Again", "message", "Again and again"));
        assertThat(mail.settle("ana.senator@example.gov")).as("writing again sends nothing more").hasSize(1);
        assertThat(outreaches.count(c.w().id(), new Outreaches.Scope(c.id(), null))).isEqualTo(1);

        WebSession.Page list = c.staff().get("/admin/letters/" + c.id() + "/outreaches");
        assertThat(list.text()).contains("Zoë", "Vote yes, please", "3 / 3");
        assertThat(c.staff().get("/admin/letters/" + c.id()).text()).contains("1 supporters wrote; 3 letters delivered");
    }

    @Test
    void emptyHugeHostileAndNowhereLettersAreRefusedAndNothingIsSent() {
        Campaign c = campaign("Refused letters");
        String page = c.path() + "?postal_code=90210&region=CA";

        WebSession.Page empty = send(new WebSession(port), page, Map.of("given_name", "", "email", "x", "subject",
                "Hi\r\nBcc: everyone@example.org", "message", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().selectFirst("#subject-error").text()).contains("one line");
        assertThat(empty.html().selectFirst("#message-error")).isNotNull();
        assertThat(empty.html().selectFirst("#given_name-error")).isNotNull();

        WebSession.Page tooLong = send(new WebSession(port), page, Map.of("given_name", "Ana", "email",
                "long.writer@example.org", "message", "x".repeat(10_001)));
        assertThat(tooLong.status()).isEqualTo(422);
        WebSession.Page huge = send(new WebSession(port), page, Map.of("given_name", "Ana", "email",
                "huge.writer@example.org", "message", "x".repeat(70_000)));
        assertThat(huge.status()).isEqualTo(413);

        WebSession.Page nowhere = send(new WebSession(port), c.path() + "?region=ZZ", Map.of("given_name", "Ana",
                "email", "nowhere.writer@example.org"));
        assertThat(nowhere.status()).as("only the mayor represents everyone, so ZZ still has a target")
                .isEqualTo(200);

        WebSession.Page moved = send(new WebSession(port), page, Map.of("given_name", "Ana", "email",
                "moved.writer@example.org", "region", "TX"));
        assertThat(moved.status()).as("the list shown was California's").isEqualTo(409);
        assertThat(moved.html().select("#targets li").eachText()).contains("Senator Ana Núñez");

        assertThat(mail.settle("carla.senator@example.gov")).isEmpty();
        assertThat(people.findByEmail(c.w().id(), "long.writer@example.org")).isEmpty();
        assertThat(people.findByEmail(c.w().id(), "moved.writer@example.org")).isEmpty();
    }

    @Test
    void badTargetsAreRefusedOneByOneOrTheWholeFileAndViewersChangeNothing() {
        var w = fixtures.workspace("Target rules");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page bad = staff.post("/admin/letters/targets", "/admin/letters/targets", Map.of("name",
                "<script>alert(1)</script>", "email", "a@b.org\r\nBcc: c@d.org"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().selectFirst("#email-error")).isNotNull();
        assertThat(bad.html().select("script:not([src])")).isEmpty();

        String csv = "name,email\nGood One,good@example.gov\n,missing@example.gov\nBad Mail,not-an-email\n";
        WebSession.Page refused = staff.upload("/admin/letters/targets", "/admin/letters/targets/import", "file",
                "t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.html().selectFirst("#problem").text()).contains("Nothing was imported", "row 3", "row 4");
        WebSession.Page latin1 = staff.upload("/admin/letters/targets", "/admin/letters/targets/import", "file",
                "t.csv", "name,email\nNú\u00f1ez,n@example.gov\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.html().selectFirst("#problem").text()).contains("UTF-8");
        WebSession.Page noHeader = staff.upload("/admin/letters/targets", "/admin/letters/targets/import", "file",
                "t.csv", "just,some,words\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.html().selectFirst("#problem").text()).contains("name and email");
        assertThat(targets.count(w.id())).isZero();
        assertThat(audit.recent(w.id(), 0, 10)).noneMatch(e -> e.action().equals("letters.target.import"));

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get("/admin/letters/targets").status()).isEqualTo(200);
        assertThat(viewer.post("/admin/letters/targets", "/admin/letters/targets", Map.of("name", "X", "email",
                "x@example.gov")).status()).isEqualTo(403);
        assertThat(viewer.get("/admin/letters/new").status()).isEqualTo(403);
    }
}
