package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.EventStatus;
import org.convoca.events.Events;
import org.convoca.events.Registering;
import org.convoca.events.RegistrationRequest;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A host manages their approved event through the emailed link, and only that event. */
@ConvocaTest
class HostLinkTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired Events events;
    @Autowired Registering registering;
    @Autowired EventInbox inbox;

    /** Offers, approves, and returns the host's link as a path, read from the approval email. */
    String approvedLink(Fixtures.TestWorkspace w, Campaign c, String email, String title) {
        return HostOffers.approved(port, fixtures, hostings, inbox, w, c, email, title);
    }

    Event eventOf(Fixtures.TestWorkspace w, String title) {
        return events.newest(w.id(), 0, 50).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    void register(Event e, String given, String email) {
        registering.register(e, new RegistrationRequest(Person.draft(given, "", email), "en", List.of(), null, "web",
                Map.of()));
    }

    @Test
    void aHostSeesOnlyTheirOwnEventsRegistrantsAndATamperedLinkIsNotFound() {
        var w = fixtures.workspace("Host links");
        Campaign c = HostOffers.campaign(campaigns, w);
        String mine = approvedLink(w, c, "maria@example.org", "Vigil one");
        String theirs = approvedLink(w, c, "joe@example.org", "Vigil two");
        register(eventOf(w, "Vigil one"), "=HYPERLINK(\"http://evil\")", "first@example.org");
        register(eventOf(w, "Vigil one"), "Fatima عائشة 🌙", "fatima@example.org");
        register(eventOf(w, "Vigil two"), "Other", "other@example.org");

        WebSession host = new WebSession(port);
        WebSession.Page page = host.get(mine);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Vigil one");
        assertThat(page.html().select("#registrants tbody tr")).extracting(Element::text).containsExactly(
                "=HYPERLINK(\"http://evil\") first@example.org Registered",
                "Fatima عائشة 🌙 fatima@example.org Registered");
        assertThat(page.text()).doesNotContain("other@example.org");
        String csv = new String(host.download(mine + "/registrations.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK", "fatima@example.org", "Fatima عائشة 🌙").doesNotContain("other@");
        assertThat(host.get(theirs).text()).contains("other@example.org").doesNotContain("fatima");

        char last = mine.charAt(mine.length() - 1);
        String tampered = mine.substring(0, mine.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String bad : List.of(tampered, tampered + "/registrations.csv", tampered + "/edit",
                mine.substring(0, mine.length() - 1), mine + "x", "/" + w.workspace().slug() + "/event-hosts/%3Cscript%3E",
                mine.replace("/" + w.workspace().slug() + "/", "/" + fixtures.workspace("Other ws").workspace().slug()
                        + "/"))) {
            WebSession.Page missing = host.get(bad);
            assertThat(missing.status()).as(bad).isEqualTo(404);
            if (!bad.endsWith(".csv")) {
                assertThat(missing.html().getElementById("missing").text()).isEqualTo("This link is not valid");
            }
        }
        assertThat(host.postRaw(tampered + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(eventOf(w, "Vigil one").status()).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void aHostsChangeOfTimeAndTheirCancellationReachEveryoneRegistered() {
        var w = fixtures.workspace("Host changes");
        Campaign c = HostOffers.campaign(campaigns, w);
        String link = approvedLink(w, c, "sam@example.org", "Vigil to move");
        Event before = eventOf(w, "Vigil to move");
        register(before, "Ana", "ana@example.org");
        WebSession host = new WebSession(port);
        WebSession.Page form = host.get(link + "/edit");
        assertThat(form.html().getElementById("title").val()).isEqualTo("Vigil to move");
        assertThat(form.html().getElementById("locality").val()).isEqualTo("Chicago");

        Map<String, String> changed = new java.util.HashMap<>(HostOffers.vigil("", Map.of("title", "Vigil to move",
                "description", "Now at **7**.", "start_time", "19:00", "end_time", "21:00", "language", "en")));
        WebSession.Page saved = host.postRaw(link + "/edit", changed);
        assertThat(saved.url()).endsWith(link + "?done=saved");
        assertThat(saved.html().getElementById("done").text()).contains("Your changes are saved");
        Event after = eventOf(w, "Vigil to move");
        assertThat(after.startsAt()).isEqualTo(before.startsAt().plusSeconds(3600));
        assertThat(after.text("en").description()).isEqualTo("Now at **7**.");
        assertThat(after.questions()).isEqualTo(before.questions());
        assertThat(inbox.await(w.id(), "ana@example.org", "Updated: Vigil to move").textBody()).contains("7:00");

        Map<String, String> gap = new java.util.HashMap<>(changed);
        gap.put("start_date", LocalDate.of(2027, 3, 14).toString());
        gap.put("start_time", "02:30");
        gap.put("end_time", "04:00");
        WebSession.Page refused = host.postRaw(link + "/edit", gap);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().getElementById("start_time-error").text()).contains("does not exist");

        WebSession.Page cancelled = host.postRaw(link + "/cancel", Map.of());
        assertThat(cancelled.html().getElementById("done").text()).contains("Your event is cancelled");
        assertThat(cancelled.html().getElementById("cancel")).isNull();
        assertThat(inbox.await(w.id(), "ana@example.org", "Cancelled: Vigil to move")).isNotNull();
        assertThat(eventOf(w, "Vigil to move").status()).isEqualTo(EventStatus.CANCELLED);
    }
}
