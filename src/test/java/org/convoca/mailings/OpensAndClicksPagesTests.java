package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.api.ApiClient;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.support.WebSession;
import org.convoca.workspace.ApiKeys;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The tracking setting as staff see and change it (in English and Spanish, by role, with hostile input), and
 * what a tracked mailing's status page and the OSDI API show afterwards.
 */
class OpensAndClicksPagesTests extends TrackingTest {

    @Autowired
    Tracking tracking;

    @Autowired
    ApiKeys keys;

    @Autowired
    org.convoca.workspace.AuditLog audit;

    @Test
    void settingIsOffByDefaultExplainedInBothLanguagesAndOnlyOrganizersChangeIt() {
        var w = fixtures.workspace("Setting");
        WebSession viewer = staffFixtures.signIn(new WebSession(port), w, Role.VIEWER);
        WebSession.Page page = viewer.get("/admin/mailings/tracking");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Tracking is off", "immigrants and their families",
                "Unsubscribe and preference links are never tracked");
        assertThat(page.html().select("input[name=track]")).isEmpty();
        assertThat(viewer.postRaw("/admin/mailings/tracking", Map.of("track", "on")).status()).isEqualTo(403);
        assertThat(tracking.on(w.id())).isFalse();

        WebSession organizer = staffFixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        organizer.post("/admin/mailings", "/language", Map.of("lang", "es", "back", "/admin/mailings/tracking"));
        WebSession.Page es = organizer.get("/admin/mailings/tracking");
        assertThat(es.text()).contains("El registro está desactivado", "inmigrantes y sus familias",
                "Registrar aperturas y clics en los boletines");
        assertThat(es.html().selectFirst("input[name=track]").hasAttr("checked")).isFalse();

        WebSession.Page on = organizer.post("/admin/mailings/tracking", "/admin/mailings/tracking",
                Map.of("track", "on"));
        assertThat(on.text()).contains("El registro está activado.");
        assertThat(on.html().selectFirst("input[name=track]").hasAttr("checked")).isTrue();
        assertThat(tracking.on(w.id())).isTrue();
        assertThat(audit.recent(w.id(), 0, 10)).anyMatch(e -> e.action().equals("mailings.tracking")
                && e.detail().equals("on"));
    }

    @Test
    void anythingButOnTurnsItOffAndNothingIsInjected() {
        var w = fixtures.workspace("Hostile setting");
        WebSession organizer = staffFixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        for (String hostile : new String[] {"<script>alert(1)</script>", "on\r\nSet-Cookie: a=b", "ON", "sí ✅ שלום",
                "'; UPDATE newsletter_tracking SET enabled = TRUE; --", "x".repeat(100_000), ""}) {
            organizer.post("/admin/mailings/tracking", "/admin/mailings/tracking", Map.of("track", "on"));
            WebSession.Page page = organizer.post("/admin/mailings/tracking", "/admin/mailings/tracking",
                    Map.of("track", hostile));
            assertThat(page.status()).as(hostile).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert(1)");
            assertThat(tracking.on(w.id())).as(hostile).isFalse();
        }
        assertThat(organizer.postRaw("/admin/mailings/tracking", Map.of("track", "on")).status())
                .as("without the form's CSRF token").isEqualTo(403);
        assertThat(tracking.on(w.id())).isFalse();
    }

    @Test
    void statusPageSaysWhetherTheMailingWasTrackedWithItsRatesAndLinks() throws Exception {
        var w = fixtures.workspace("Status");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Luz", "luz-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing untracked = send(w.id(), linked(w.id(), "Before"));
        turnTracking(w, true);
        WebSession organizer = staffFixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        Mailing draft = linked(w.id(), "After");
        assertThat(organizer.get("/admin/mailings/" + draft.id() + "/send").text())
                .contains("Opens and clicks will be tracked in this mailing.");
        Mailing tracked = send(w.id(), draft);
        String click = clickLinkTo(java.util.Arrays.stream(RELAY.getReceivedMessages())
                .filter(r -> recipient(r).equals(ana.email())).filter(r -> raw(r).contains("/t/c/"))
                .findFirst().orElseThrow(), "Join us");
        assertThat(get(click).statusCode()).isEqualTo(302);

        WebSession.Page status = organizer.get("/admin/mailings/" + tracked.id());
        assertThat(status.text()).contains("Opens and clicks were tracked for this mailing.", "Opened", "Clicked",
                "50%", "People who clicked");
        assertThat(status.html().select("#links td.url").eachText()).contains("https://example.org/join",
                "https://example.org/report?a=1&b=2");
        assertThat(status.html().select("#links tr").stream().filter(r -> r.text().contains("example.org/join"))
                .findFirst().orElseThrow().text()).contains("https://example.org/join 1 1");

        WebSession.Page before = organizer.get("/admin/mailings/" + untracked.id());
        assertThat(before.text()).contains("Opens and clicks were not tracked for this mailing.")
                .doesNotContain("People who clicked");
        assertThat(before.html().select("#links")).isEmpty();

        ApiClient api = new ApiClient(port, keys.create(w.id(), "stats").secret());
        JsonNode withTracking = api.get("/messages/" + tracked.id()).json();
        assertThat(withTracking.path("statistics").path("clicked").asInt()).isEqualTo(1);
        assertThat(withTracking.path("statistics").path("opened").asInt()).isEqualTo(1);
        assertThat(withTracking.path("statistics_by_language").path("en").path("clicked").asInt()).isEqualTo(1);
        JsonNode without = api.get("/messages/" + untracked.id()).json();
        assertThat(without.path("statistics").has("opened")).isFalse();
        assertThat(without.path("statistics").has("clicked")).isFalse();
        assertThat(without.path("statistics").path("sent").asInt()).isEqualTo(2);
    }
}
