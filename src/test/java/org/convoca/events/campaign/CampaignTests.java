package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

/** A day of action: a campaign, events joined by its owner and invited partners, a public list by region, search. */
@ConvocaTest
class CampaignTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Campaigns campaigns;

    static Event inPerson(String slug, String title) {
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Event e = TestEvents.draft(slug, start, start.plus(Duration.ofHours(2)), "America/Chicago", 0, "",
                "Main St 1");
        return new Event(null, null, slug, e.status(), e.visibility(), "en", e.startsAt(), e.endsAt(), e.timeZone(),
                e.extraZones(), e.joinUrl(), e.address(), 0, null, e.reminderMinutes(), 0, false,
                Map.of("en", new org.convoca.events.EventText("en", title, "", "")), e.questions(), null, null);
    }

    String create(WebSession staff, Map<String, String> fields) {
        WebSession.Page page = staff.post("/admin/event-campaigns/new", "/admin/event-campaigns", fields);
        assertThat(page.status()).isEqualTo(200);
        return page.url().substring(page.url().indexOf("/admin/"));
    }

    @Test
    void partnersInvitedAddTheirEventsAndThePublicPageGroupsThemByRegionAndFindsTheNearest() {
        var owner = fixtures.workspace("Red Nacional");
        var partner = fixtures.workspace("Centro Tejano");
        var stranger = fixtures.workspace("Not invited");
        Event chicago = testEvents.create(owner.id(), inPerson("chicago", "Rally in Pilsen"));
        Event houston = testEvents.create(partner.id(), inPerson("houston", "Marcha en Houston"));
        Event online = testEvents.create(partner.id(), TestEvents.webinar("online", Duration.ofDays(20), 0));
        Event theirs = testEvents.create(stranger.id(), inPerson("theirs", "Uninvited"));

        WebSession staff = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = create(staff, Map.of("title_en", "Day of Action for Dignity", "title_es",
                "Día de acción por la dignidad", "description_es", "Únase **cerca de usted**.<script>x()</script>"));
        staff.post(admin, admin + "/events", Map.of("event_id", chicago.id().toString(), "region", "Illinois",
                "locality", "Chicago", "postal_code", "60608"));
        staff.post(admin, admin + "/hosts", Map.of("slug", partner.workspace().slug()));

        WebSession partnerStaff = fixtures.signIn(new WebSession(port), partner, Role.ORGANIZER);
        assertThat(partnerStaff.get("/admin/event-campaigns").html().select("#hosted a").text())
                .isEqualTo("Day of Action for Dignity");
        partnerStaff.post(admin, admin + "/events", Map.of("event_id", houston.id().toString(), "region", "Texas",
                "locality", "Houston", "postal_code", "77002"));
        partnerStaff.post(admin, admin + "/events", Map.of("event_id", online.id().toString()));
        WebSession.Page notTheirs = partnerStaff.post(admin, admin + "/events",
                Map.of("event_id", chicago.id().toString()));
        assertThat(notTheirs.status()).as("a partner adds only its own events").isEqualTo(422);
        assertThat(partnerStaff.post(admin, admin + "/events/" + chicago.id() + "/remove", Map.of()).status())
                .isEqualTo(404);
        WebSession strangerStaff = fixtures.signIn(new WebSession(port), stranger, Role.OWNER);
        assertThat(strangerStaff.get(admin).status()).isEqualTo(404);
        assertThat(strangerStaff.postRaw(admin + "/events", Map.of("event_id", theirs.id().toString())).status())
                .isIn(403, 404);

        String page = "/" + owner.workspace().slug() + "/event-campaigns/day-of-action-for-dignity";
        WebSession visitor = new WebSession(port).acceptLanguage("es");
        WebSession.Page all = visitor.get(page);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.html().selectFirst("h1").text()).isEqualTo("Día de acción por la dignidad");
        assertThat(all.body()).doesNotContain("<script>x()</script>").contains("<strong>cerca de usted</strong>");
        assertThat(all.html().select("section.region h2")).extracting(Element::text)
                .containsExactly("Illinois", "Texas", "En línea");
        assertThat(all.html().select("section.region a").attr("href")).startsWith("/" + owner.workspace().slug()
                + "/events/chicago");
        assertThat(all.text()).doesNotContain("Uninvited");

        WebSession.Page near = visitor.get(page + "?q=77019");
        assertThat(near.html().getElementById("found").text()).contains("1 eventos con códigos postales que empiezan por 770");
        assertThat(near.html().select("section.region a").text()).isEqualTo("Marcha en Houston");
        assertThat(visitor.get(page + "?q=illinois").html().select("section.region a").text())
                .isEqualTo("Rally in Pilsen");
        assertThat(visitor.get(page + "?q=99999").html().getElementById("found").text())
                .contains("No se encontraron eventos cerca de \"99999\"");
        WebSession.Page hostile = visitor.get(page + "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%27%20OR%201%3D1--%0D%0A");
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(visitor.get(page + "?q=" + "9".repeat(5000)).status()).isEqualTo(200);

        staff.post(admin, admin + "/hosts/" + partner.id() + "/remove", Map.of());
        assertThat(visitor.get(page).html().select("section.region a").text()).isEqualTo("Rally in Pilsen");
    }

    @Test
    void aCampaignNeedsATitleAndOnlyOrganizersCreateOne() {
        var w = fixtures.workspace("Campaign form");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page empty = staff.post("/admin/event-campaigns/new", "/admin/event-campaigns",
                Map.of("title_en", " ", "description_en", ""));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().getElementById("title_en-error").text()).isEqualTo("Write a title.");
        WebSession.Page huge = staff.post("/admin/event-campaigns/new", "/admin/event-campaigns",
                Map.of("title_en", "T".repeat(301)));
        assertThat(huge.html().getElementById("title_en-error").text()).isEqualTo("At most 300 characters.");
        String emoji = create(staff, Map.of("title_es", "✊🏽 ¡Sí se puede! \u202Eمرحبا"));
        assertThat(staff.get(emoji).html().selectFirst("h1").text()).isEqualTo("✊🏽 ¡Sí se puede! \u202Eمرحبا");
        assertThat(campaigns.ownedBy(w.id(), 0, 10)).singleElement().satisfies(c -> assertThat(c.slug())
                .isEqualTo("si-se-puede"));
        WebSession.Page edited = staff.post(emoji + "/edit", emoji, Map.of("title_es", "¡Sí se puede!",
                "title_en", "Yes we can", "description_en", "Join *us*"));
        assertThat(edited.html().selectFirst("h1").text()).isEqualTo("Yes we can");
        WebSession.Page publicEn = new WebSession(port).get("/" + w.workspace().slug() + "/event-campaigns/si-se-puede");
        assertThat(publicEn.html().selectFirst("h1").text()).isEqualTo("Yes we can");
        assertThat(staff.post(emoji + "/edit", emoji, Map.of("title_en", "", "title_es", "")).status())
                .isEqualTo(422);
        var partner = fixtures.workspace("Partner who may not edit");
        campaigns.invite(campaigns.ownedBy(w.id(), 0, 1).getFirst(), partner.id());
        WebSession partnerStaff = fixtures.signIn(new WebSession(port), partner, Role.OWNER);
        assertThat(partnerStaff.get(emoji).status()).isEqualTo(200);
        assertThat(partnerStaff.get(emoji + "/edit").status()).isEqualTo(403);
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.post("/admin/event-campaigns", "/admin/event-campaigns", Map.of("title_en", "x")).status())
                .isEqualTo(403);
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/event-campaigns/nope").status())
                .isEqualTo(404);
    }
}
