package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convoca.api.ApiClient;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.ApiKeys;
import org.convoca.workspace.Role;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An offer waiting for approval is not an ordinary event: staff see it marked as waiting, with the way to the
 * review, and the API leaves it out until it is approved (a declined one always).
 */
@ConvocaTest
class OffersWaitingForApprovalTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired Events events;
    @Autowired ApiKeys keys;

    Event offer(Fixtures.TestWorkspace w, Campaign c, String title) {
        HostOffers.offer(new WebSession(port), HostOffers.campaignPath(w, c), "en", HostOffers.vigil(
                "host-" + System.nanoTime() + "@example.org", Map.of("language", "en", "title", title)));
        return events.newest(w.id(), 0, 50).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.at("/_embedded/osdi:events").forEach(e -> titles.add(e.get("title").asString()));
        return titles;
    }

    @Test
    void staffSeeAnOfferAsWaitingForApprovalWithTheWayToTheReview() {
        var w = fixtures.workspace("Waiting list org");
        Campaign c = HostOffers.campaign(campaigns, w);
        Event waiting = offer(w, c, "Vigilia «pendiente» 🕯️");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        Element row = staff.get("/admin/events").html().select("tbody tr").stream()
                .filter(r -> r.text().contains("Vigilia «pendiente» 🕯️")).findFirst().orElseThrow();
        assertThat(row.select(".tag.waiting").text()).isEqualTo("Waiting for approval");
        assertThat(row.select(".tag.waiting").attr("href")).isEqualTo("/admin/event-campaigns/" + c.id() + "#offers");
        assertThat(row.text()).doesNotContain("Unlisted");
        WebSession.Page eventPage = staff.get("/admin/events/" + waiting.id());
        assertThat(eventPage.html().getElementById("waiting").attr("href"))
                .isEqualTo("/admin/event-campaigns/" + c.id() + "#offers");

        staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        staff.post(admin, admin + "/offers/" + waiting.id() + "/approve", Map.of());
        Element listed = staff.get("/admin/events").html().select("tbody tr").stream()
                .filter(r -> r.text().contains("Vigilia «pendiente»")).findFirst().orElseThrow();
        assertThat(listed.select(".tag.waiting")).isEmpty();
        assertThat(staff.get("/admin/events/" + waiting.id()).html().getElementById("waiting")).isNull();
    }

    @Test
    void theApiListsAnOfferedEventOnlyOnceItIsApprovedAndADeclinedOneNever() {
        var w = fixtures.workspace("Waiting api org");
        Campaign c = HostOffers.campaign(campaigns, w);
        Event approved = offer(w, c, "To approve");
        Event declined = offer(w, c, "To decline");
        ApiClient api = new ApiClient(port, keys.create(w.id(), "script").secret());

        JsonNode before = api.get("/events").json();
        assertThat(titles(before)).doesNotContain("To approve", "To decline");
        assertThat(before.get("total_records").asLong()).isZero();
        assertThat(api.get("/events/" + approved.id()).status()).isEqualTo(404);
        assertThat(api.get("/events/" + approved.id() + "/attendances").status()).isEqualTo(404);
        assertThat(api.put("/events/" + approved.id(), "{\"title\": \"Changed\"}").status()).isEqualTo(404);

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        staff.post(admin, admin + "/offers/" + approved.id() + "/approve", Map.of());
        staff.post(admin, admin + "/offers/" + declined.id() + "/decline", Map.of("reason", "No room"));

        JsonNode after = api.get("/events").json();
        assertThat(titles(after)).containsExactly("To approve");
        assertThat(after.get("total_records").asLong()).isEqualTo(1);
        assertThat(api.get("/events/" + approved.id()).json().get("title").asString()).isEqualTo("To approve");
        assertThat(api.get("/events/" + declined.id()).status()).isEqualTo(404);
    }
}
