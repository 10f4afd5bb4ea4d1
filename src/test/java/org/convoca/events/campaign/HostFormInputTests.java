package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hosting form meets empty, huge, malformed, hostile and non-ASCII input with clear answers. */
@ConvocaTest
class HostFormInputTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired Events events;
    @Autowired People people;

    @Test
    void emptyMalformedAndHugeFormsAreRefusedFieldByFieldAndNothingIsSaved() {
        var w = fixtures.workspace("Form checks");
        Campaign c = HostOffers.campaign(campaigns, w);
        String page = HostOffers.campaignPath(w, c);
        WebSession supporter = new WebSession(port);

        WebSession.Page empty = supporter.postRaw(page + "/host?lang=en", Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().getElementById("notice").text()).contains("Correct the fields marked below");
        assertThat(empty.html().getElementById("given_name-error").text()).isEqualTo("Required.");
        assertThat(empty.html().getElementById("email-error").text()).isEqualTo("Required.");
        assertThat(empty.html().getElementById("title-error").text()).isEqualTo("Required.");
        assertThat(empty.html().getElementById("address-error").text()).isEqualTo("Required.");

        Map<String, String> bad = new HashMap<>(HostOffers.vigil("not-an-email", Map.of("language", "en",
                "given_name", "Rosa\r\nBcc: victim@example.org", "start_date", "2027-02-30", "capacity", "-4",
                "time_zone", "Mars/Olympus", "kind", "virtual", "join_url", "javascript:alert(1)")));
        WebSession.Page malformed = supporter.postRaw(page + "/host?lang=en", bad);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.html().getElementById("given_name-error").text()).isEqualTo("Please write this on one line.");
        assertThat(malformed.html().getElementById("email-error").text()).contains("name@example.org");
        assertThat(malformed.html().getElementById("time_zone-error").text()).contains("time zone");
        assertThat(malformed.html().getElementById("given_name").val()).as("kept as typed").startsWith("Rosa");
        assertThat(malformed.html().getElementById("join_url-error").text()).contains("https://");

        Map<String, String> gap = new HashMap<>(HostOffers.vigil("gap@example.org", Map.of("language", "en",
                "start_date", LocalDate.of(2027, 3, 14).toString(), "start_time", "02:30", "end_time", "04:00")));
        WebSession.Page skipped = supporter.postRaw(page + "/host?lang=es", gap);
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.html().getElementById("start_time-error").text())
                .contains("2:30", "America/Chicago").contains("no existe");

        Map<String, String> huge = new HashMap<>(HostOffers.vigil("huge@example.org", Map.of()));
        huge.put("description", "x".repeat(10 * 1024 * 1024));
        WebSession.Page tooLarge = supporter.postRaw(page + "/host?lang=en", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(people.findByEmail(w.id(), "huge@example.org")).isEmpty();

        WebSession.Page longTitle = supporter.postRaw(page + "/host?lang=en", HostOffers.vigil("long@example.org",
                Map.of("title", "T".repeat(301), "description", "d".repeat(20_001))));
        assertThat(longTitle.status()).isEqualTo(422);
        assertThat(longTitle.html().getElementById("title-error").text()).isEqualTo("At most 300 characters.");
        assertThat(longTitle.html().getElementById("description-error").text()).isEqualTo("At most 20,000 characters.");

        WebSession.Page robot = supporter.postRaw(page + "/host?lang=en", HostOffers.vigil("robot@example.org",
                Map.of("website", "http://spam.example")));
        assertThat(robot.url()).endsWith("/host/thanks?lang=en");
        assertThat(people.findByEmail(w.id(), "robot@example.org")).isEmpty();
        assertThat(hostings.of(c, Hosting.Status.PENDING, 10)).isEmpty();
        assertThat(new WebSession(port).get(page + "/host?lang=en").status()).isEqualTo(200);
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/event-campaigns/nope/host").status())
                .isEqualTo(404);
    }

    @Test
    void hostileAndNonAsciiOffersAreStoredAsTypedAndShownEscaped() {
        var w = fixtures.workspace("Hostile input");
        Campaign c = HostOffers.campaign(campaigns, w);
        String page = HostOffers.campaignPath(w, c);
        WebSession.Page thanks = HostOffers.offer(new WebSession(port), page, "en", HostOffers.vigil(
                "amal@example.org", Map.of("given_name", "أمل 🌟", "family_name", "O'Brien-Ñúñez",
                        "title", "<script>alert('x')</script> Vigil ✊🏽", "description",
                        "Robert'); DROP TABLE events;-- <img src=x onerror=alert(1)> **ok**",
                        "locality", "San José", "region", "Nuevo León")));
        assertThat(thanks.status()).isEqualTo(200);
        Person amal = people.findByEmail(w.id(), "amal@example.org").orElseThrow();
        assertThat(amal.givenName()).isEqualTo("أمل 🌟");
        assertThat(amal.familyName()).isEqualTo("O'Brien-Ñúñez");
        Event e = events.find(w.id(), hostings.of(c, Hosting.Status.PENDING, 1).getFirst().eventId()).orElseThrow();
        assertThat(e.title()).isEqualTo("<script>alert('x')</script> Vigil ✊🏽");
        assertThat(e.text("es").description()).startsWith("Robert'); DROP TABLE events;--");

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        WebSession.Page review = staff.get(admin);
        assertThat(review.body()).doesNotContain("<script>alert('x')</script>");
        assertThat(review.html().select("#offers h3").text()).isEqualTo("<script>alert('x')</script> Vigil ✊🏽");
        assertThat(review.html().select("#offers .hosted-by a").text()).isEqualTo("أمل 🌟 O'Brien-Ñúñez");
        staff.post(admin, admin + "/offers/" + e.id() + "/approve", Map.of());
        WebSession.Page eventPage = new WebSession(port).get("/" + w.workspace().slug() + "/events/" + e.slug());
        assertThat(eventPage.body()).doesNotContain("<script>alert('x')</script>").doesNotContain("onerror=alert");
        assertThat(eventPage.html().select(".prose strong").text()).isEqualTo("ok");
        assertThat(new WebSession(port).get(page).html().select("section.region h2").text()).isEqualTo("Nuevo León");
    }
}
