package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.EventStatus;
import org.convoca.events.Events;
import org.convoca.events.Visibility;
import org.convoca.mail.CapturedMail;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supporter offers to host an event in a day of action; nobody sees it until staff approve it. */
@ConvocaTest
class HostedEventsNeedApprovalTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired Events events;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired EventInbox inbox;

    @Test
    void anOfferWaitsUnseenUntilStaffApproveItThenItIsListedAndTheHostGetsTheirLink() {
        var w = fixtures.workspace("Red de Dignidad");
        Campaign c = HostOffers.campaign(campaigns, w);
        String page = HostOffers.campaignPath(w, c);
        WebSession supporter = new WebSession(port).acceptLanguage("es");
        assertThat(supporter.get(page).html().getElementById("host-link").text()).isEqualTo("Organice un evento");
        WebSession.Page form = supporter.get(page + "/host?lang=es");
        assertThat(form.status()).isEqualTo(200);
        String consentShown = form.html().getElementById("consent").text();

        WebSession.Page thanks = HostOffers.offer(supporter, page, "es", HostOffers.vigil(" Rosa@Example.org ",
                Map.of()));

        assertThat(thanks.url()).endsWith(page + "/host/thanks?lang=es");
        assertThat(thanks.html().selectFirst("h1").text()).isEqualTo("¡Gracias! Revisaremos su evento");
        Person rosa = people.findByEmail(w.id(), "rosa@example.org").orElseThrow();
        assertThat(rosa.displayName()).isEqualTo("Rosa Martínez");
        assertThat(rosa.phone()).isEqualTo("+1 312 555 0101");
        assertThat(consents.of(w.id(), rosa.id())).singleElement()
                .satisfies(k -> assertThat(k.text()).isEqualTo(consentShown).contains("Red de Dignidad"));
        Hosting offer = hostings.of(c, Hosting.Status.PENDING, 10).getFirst();
        assertThat(offer.personId()).isEqualTo(rosa.id());
        Event vigil = events.find(w.id(), offer.eventId()).orElseThrow();
        assertThat(vigil.visibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(inbox.await(w.id(), "rosa@example.org", "Recibimos su evento: Vigilia en Pilsen").textBody())
                .contains("Hola, Rosa:");

        String eventPage = "/" + w.workspace().slug() + "/events/" + vigil.slug();
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(page).text()).doesNotContain("Vigilia en Pilsen");
        assertThat(visitor.get(eventPage).status()).isEqualTo(404);
        assertThat(visitor.get(eventPage + "/embed").status()).isEqualTo(404);
        assertThat(visitor.postRaw(eventPage + "?lang=es", Map.of("given_name", "Ana", "email", "ana@example.org"))
                .status()).isEqualTo(404);
        assertThat(visitor.get("/" + w.workspace().slug() + "/events").text()).doesNotContain("Vigilia");
        assertThat(visitor.get("/" + w.workspace().slug() + "/events.ics").body()).doesNotContain("Vigilia");

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        var offers = staff.get(admin).html().getElementById("offers");
        assertThat(offers.select("h3").text()).isEqualTo("Vigilia en Pilsen");
        assertThat(offers.select(".hosted-by a").attr("href")).isEqualTo("/admin/people/" + rosa.id());
        assertThat(offers.select(".hosted-by").text()).contains("Rosa Martínez", "rosa@example.org");
        assertThat(staff.get(admin).html().select("#joined").text()).doesNotContain("Vigilia");
        assertThat(staff.get("/admin/events/" + vigil.id()).html().getElementById("hosted-by").text())
                .isEqualTo("Hosted by Rosa Martínez · rosa@example.org");

        staff.post(admin, admin + "/offers/" + vigil.id() + "/approve", Map.of());

        assertThat(visitor.get(page).html().select("section.region h2").text()).isEqualTo("Illinois");
        assertThat(visitor.get(page + "?q=60608").html().select("section.region a").text())
                .isEqualTo("Vigilia en Pilsen");
        assertThat(visitor.get(eventPage).status()).isEqualTo(200);
        assertThat(staff.get(admin).html().select("#joined .hosted-by").text()).contains("Rosa Martínez");
        assertThat(staff.get(admin).html().getElementById("offers").select("article")).isEmpty();
        CapturedMail listed = inbox.await(w.id(), "rosa@example.org", "Su evento está publicado: Vigilia en Pilsen");
        assertThat(listed.textBody()).containsPattern("/" + w.workspace().slug() + "/event-hosts/[A-Za-z0-9_-]{43}");
        assertThat(staff.post(admin, admin + "/offers/" + vigil.id() + "/approve", Map.of()).status())
                .as("an offer is decided once").isEqualTo(404);
    }

    @Test
    void aDeclinedOfferStaysHiddenAndTheHostIsToldWhyInTheirLanguage() {
        var w = fixtures.workspace("Declining org");
        Campaign c = HostOffers.campaign(campaigns, w);
        String page = HostOffers.campaignPath(w, c);
        HostOffers.offer(new WebSession(port), page, "en", HostOffers.vigil("lee@example.org",
                Map.of("language", "en", "given_name", "Lee", "title", "Teach-in")));
        Hosting offer = hostings.of(c, Hosting.Status.PENDING, 10).getFirst();
        Event e = events.find(w.id(), offer.eventId()).orElseThrow();

        var partner = fixtures.workspace("Partner cannot decide");
        campaigns.invite(c, partner.id());
        WebSession partnerStaff = fixtures.signIn(new WebSession(port), partner, Role.OWNER);
        String admin = "/admin/event-campaigns/" + c.id();
        assertThat(partnerStaff.get(admin).html().getElementById("offers")).isNull();
        assertThat(partnerStaff.post(admin, admin + "/offers/" + e.id() + "/decline", Map.of()).status())
                .isEqualTo(404);
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.post(admin, admin + "/offers/" + e.id() + "/approve", Map.of()).status()).isEqualTo(403);

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        staff.post(admin, admin + "/offers/" + e.id() + "/decline",
                Map.of("reason", "We already have a teach-in at this place <b>that day</b>."));

        CapturedMail declined = inbox.await(w.id(), "lee@example.org", "Your event was not listed: Teach-in");
        assertThat(declined.textBody()).contains("Hello Lee,", "We already have a teach-in at this place <b>that day</b>.")
                .doesNotContain("/event-hosts/");
        assertThat(events.find(w.id(), e.id()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/events/" + e.slug()).status())
                .isEqualTo(404);
        assertThat(new WebSession(port).get(page).text()).doesNotContain("Teach-in");
        assertThat(hostings.find(w.id(), e.id()).orElseThrow().status()).isEqualTo(Hosting.Status.DECLINED);
    }
}
