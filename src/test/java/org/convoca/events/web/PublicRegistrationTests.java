package org.convoca.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.EventStatus;
import org.convoca.events.EventText;
import org.convoca.events.Registrant;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.TestEvents;
import org.convoca.events.Visibility;
import org.convoca.mail.CapturedMail;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PublicRegistrationTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registrations registrations;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired EventInbox inbox;

    /** Fills in and sends the form of the page at {@code path}, as a browser would. */
    static WebSession.Page register(WebSession browser, String path, Map<String, String> fields) {
        WebSession.Page page = browser.get(path);
        Map<String, String> all = new HashMap<>();
        all.put("seen", page.html().selectFirst("input[name=seen]").val());
        all.putAll(fields);
        return browser.postRaw(page.html().selectFirst("form.register").attr("action"), all);
    }

    static String path(Fixtures.TestWorkspace w, Event e) {
        return "/" + w.workspace().slug() + "/events/" + e.slug();
    }

    @Test
    void aSupporterRegistersWithoutAnAccountAndGetsTheJoinLinkOnlyByEmail() {
        var w = fixtures.workspace("Unidos");
        Event e = testEvents.create(w.id(), TestEvents.webinar("rights", Duration.ofDays(20), 0));
        String path = path(w, e);
        WebSession supporter = new WebSession(port);
        WebSession.Page page = supporter.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("#when").text()).containsPattern("12:00–1:00 p\\.m\\. C[SD]T");
        assertThat(page.html().select(".prose strong").text()).isEqualTo("your rights");
        assertThat(page.body()).doesNotContain("meet.example.org");
        assertThat(page.html().select("script[src]").eachAttr("src")).allMatch(s -> s.startsWith("/"));
        String consentShown = page.html().selectFirst(".consent").text();

        WebSession.Page thanks = register(supporter, path, Map.of("given_name", "Zoë 🌻", "family_name", "Ñúñez",
                "email", " Zoe@Example.org ", "postal_code", "78701", "answer_1", "¿Cómo renuevo mi DACA?"));

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.url()).endsWith(path + "/thanks?lang=en&s=registered");
        assertThat(thanks.text()).contains("You’re registered!", "Know your rights");
        assertThat(thanks.body()).doesNotContain("meet.example.org");
        Person zoe = people.findByEmail(w.id(), "zoe@example.org").orElseThrow();
        assertThat(zoe.givenName()).isEqualTo("Zoë 🌻");
        assertThat(zoe.address().postalCode()).isEqualTo("78701");
        assertThat(consents.of(w.id(), zoe.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(consentShown));
        assertThat(registrations.page(w.id(), e.id(), 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.registration().status()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(r.answers()).containsExactly(new Registrant.Answer(1, "What would you like to ask?",
                    "¿Cómo renuevo mi DACA?"));
        });
        CapturedMail mail = inbox.await(w.id(), "zoe@example.org", "You’re registered: Know your rights");
        assertThat(mail.textBody()).contains("https://meet.example.org/abc-123");
    }

    @Test
    void theSpanishPageRegistersInSpanishAndTheConfirmationIsInSpanish() {
        var w = fixtures.workspace("Español");
        Event e = testEvents.create(w.id(), TestEvents.webinar("derechos", Duration.ofDays(20), 0));
        String path = path(w, e);
        WebSession browser = new WebSession(port).acceptLanguage("es-MX,es;q=0.9");
        WebSession.Page page = browser.get(path);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.text()).contains("Conozca sus derechos", "Inscribirme", "Al inscribirse, acepta que Español");
        assertThat(page.html().selectFirst("#when").text()).containsPattern("12:00–1:00 p\\. m\\. C[SD]T");

        WebSession.Page thanks = register(browser, path, Map.of("given_name", "José", "email", "jose@example.org"));
        assertThat(thanks.url()).endsWith("/thanks?lang=es&s=registered");
        assertThat(thanks.text()).contains("¡Su inscripción está confirmada!");
        CapturedMail mail = inbox.await(w.id(), "jose@example.org", "Su inscripción está confirmada");
        assertThat(mail.textBody()).contains("Hola, José:", "Cuándo:");
        assertThat(people.findByEmail(w.id(), "jose@example.org").orElseThrow().language()).isEqualTo("es");
    }

    @Test
    void theReadersOwnZoneIsShownWhenItDiffersAndNothingWhenItIsGarbage() {
        var w = fixtures.workspace("Zones");
        Instant start = Instant.parse("2027-06-08T17:00:00Z");
        Event e = testEvents.create(w.id(), TestEvents.draft("zones", start, start.plusSeconds(3600),
                "America/Chicago", 0, "https://meet.example.org/z", ""));
        String path = path(w, e);
        WebSession browser = new WebSession(port);
        assertThat(browser.get(path + "?tz=America/New_York").html().selectFirst("#viewer-times").text())
                .isEqualTo("In your time zone: Tuesday, June 8, 2027, 1:00–2:00 p.m. EDT");
        assertThat(browser.get(path + "/times?tz=America/Los_Angeles").body())
                .isEqualTo("In your time zone: Tuesday, June 8, 2027, 10:00–11:00 a.m. PDT");
        assertThat(browser.get(path + "/times?tz=America/Winnipeg").body()).isEmpty();
        assertThat(browser.get(path + "/times?tz=%3Cscript%3E").body()).isEmpty();
        WebSession.Page plain = browser.get(path + "?tz=Not/AZone");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.html().selectFirst("#viewer-times").attr("data-src")).isEqualTo(path + "/times?lang=en");
        assertThat(plain.html().selectFirst("#viewer-times").hasAttr("hidden")).isTrue();
    }

    @Test
    void aFullEventTakesPeopleOnAWaitListAndACancelledSeatGoesToTheFirstWaiting() {
        var w = fixtures.workspace("Full");
        Event e = testEvents.create(w.id(), TestEvents.webinar("full", Duration.ofDays(20), 1));
        String path = path(w, e);
        register(new WebSession(port), path, Map.of("given_name", "Ana", "email", "ana@example.org"));
        WebSession.Page full = new WebSession(port).get(path);
        assertThat(full.html().selectFirst("#seats").text()).startsWith("Every seat is taken.");
        assertThat(full.html().selectFirst("button.register-button").text()).isEqualTo("Join the wait list");
        WebSession.Page waiting = register(new WebSession(port), path, Map.of("given_name", "Bo",
                "email", "bo@example.org"));
        assertThat(waiting.url()).endsWith("&s=waitlisted");
        assertThat(waiting.text()).contains("You’re on the wait list");

        CapturedMail confirmation = inbox.await(w.id(), "ana@example.org", "You’re registered");
        String cancelLink = confirmation.textBody().lines().filter(l -> l.contains("/cancel?token=")).findFirst()
                .orElseThrow();
        String cancelPath = URI.create(cancelLink.substring(cancelLink.indexOf("http"))).getRawPath() + "?"
                + URI.create(cancelLink.substring(cancelLink.indexOf("http"))).getRawQuery();
        WebSession ana = new WebSession(port);
        WebSession.Page ask = ana.get(cancelPath);
        assertThat(ask.html().selectFirst("#cancel-question")).isNotNull();
        assertThat(registrations.count(w.id(), e.id(), RegistrationStatus.REGISTERED))
                .as("opening the link alone cancels nothing").isEqualTo(1);
        String token = ask.html().selectFirst("input[name=token]").val();
        WebSession.Page done = ana.postRaw(ask.html().selectFirst("form").attr("action"), Map.of("token", token));
        assertThat(done.html().selectFirst("#cancel-done")).isNotNull();

        Person bo = people.findByEmail(w.id(), "bo@example.org").orElseThrow();
        assertThat(registrations.page(w.id(), e.id(), 0, 10)).filteredOn(r -> r.registration().personId()
                .equals(bo.id())).singleElement().satisfies(r -> assertThat(r.registration().status())
                        .isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(inbox.await(w.id(), "bo@example.org", "A seat opened up").textBody())
                .contains("https://meet.example.org/abc-123");
        assertThat(ana.get(path + "/cancel?token=wrong").status()).isEqualTo(404);
        assertThat(ana.postRaw(path + "/cancel", Map.of("token", "x".repeat(43))).status()).isEqualTo(404);
    }

    @Test
    void aSaveTheDateTakesRequestsToHearWhenRegistrationOpensAndTellsThoseWhoAsked() {
        var w = fixtures.workspace("Gala");
        Event draft = TestEvents.webinar("gala", Duration.ofDays(60), 0);
        Instant opens = Instant.now().plusSeconds(3);
        Event e = testEvents.create(w.id(), new Event(null, null, draft.slug(), draft.status(), draft.visibility(),
                draft.defaultLanguage(), draft.startsAt(), draft.endsAt(), draft.timeZone(), draft.extraZones(),
                draft.joinUrl(), draft.address(), 0, opens, draft.reminderMinutes(), 0, false, draft.texts(),
                draft.questions(), null, null));
        String path = path(w, e);
        WebSession.Page page = new WebSession(port).get(path);
        assertThat(page.html().selectFirst("#save-the-date").text()).startsWith("Save the date! Registration opens");
        assertThat(page.html().selectFirst("form.register").attr("action")).isEqualTo(path + "/notify?lang=en");
        WebSession.Page refused = new WebSession(port).postRaw(path + "?lang=en", Map.of("given_name", "Early",
                "email", "early@example.org", "seen", page.html().selectFirst("input[name=seen]").val()));
        assertThat(refused.status()).isEqualTo(409);

        WebSession.Page asked = register(new WebSession(port), path, Map.of("given_name", "Gia",
                "email", "gia@example.org"));
        assertThat(asked.url()).endsWith("&s=asked");
        assertThat(asked.text()).contains("We’ll tell you");
        assertThat(registrations.askedCount(w.id(), e.id())).isEqualTo(1);

        CapturedMail open = inbox.await(w.id(), "gia@example.org", "Registration is open: Know your rights");
        assertThat(open.textBody()).contains(path).doesNotContain("meet.example.org");
        assertThat(new WebSession(port).get(path).html().selectFirst("form.register").attr("action"))
                .isEqualTo(path + "?lang=en");
    }

    @Test
    void robotsAndHostileOrBrokenFormsSaveNothing() {
        var w = fixtures.workspace("Abuse");
        Event e = testEvents.create(w.id(), TestEvents.webinar("abuse", Duration.ofDays(20), 0));
        String path = path(w, e);
        WebSession.Page robot = register(new WebSession(port), path, Map.of("given_name", "Bot",
                "email", "bot@example.org", "website", "http://spam.example"));
        assertThat(robot.url()).endsWith("&s=registered");
        WebSession.Page empty = register(new WebSession(port), path, Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().selectFirst("#given_name-error").text()).isEqualTo("Required.");
        WebSession.Page hostile = register(new WebSession(port), path, Map.of("given_name", "<script>alert(1)</script>",
                "family_name", "a\r\nBcc: x@example.org", "email", "not-an-email", "answer_1", "x".repeat(2001)));
        assertThat(hostile.status()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(hostile.html().selectFirst("#given_name").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(hostile.text()).contains("Please write this on one line.", "Enter an email address");
        WebSession.Page stale = new WebSession(port).postRaw(path + "?lang=en", Map.of("given_name", "Old",
                "email", "old@example.org", "seen", "0000"));
        assertThat(stale.status()).isEqualTo(409);
        WebSession.Page huge = new WebSession(port).postRaw(path + "?lang=en", Map.of("given_name", "x".repeat(40_000),
                "email", "huge@example.org"));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/events/no-such-event").status())
                .isEqualTo(404);
        assertThat(new WebSession(port).get("/no-such-workspace-x/events/abuse").status()).isEqualTo(404);
    }

    @Test
    void theListingAndFeedShowPublicEventsWithoutJoinLinksAndLeaveUnlistedOnesOut() {
        var w = fixtures.workspace("Listing");
        testEvents.create(w.id(), TestEvents.webinar("soon", Duration.ofDays(8), 0));
        Event hidden = TestEvents.webinar("hidden", Duration.ofDays(9), 0);
        testEvents.create(w.id(), new Event(null, null, "hidden", EventStatus.SCHEDULED, Visibility.UNLISTED, "en",
                hidden.startsAt(), hidden.endsAt(), hidden.timeZone(), List.of(), hidden.joinUrl(), "", 0, null,
                hidden.reminderMinutes(), 0, false, Map.of("en", new EventText("en", "Secret strategy", "", "")),
                List.of(), null, null));
        Instant past = Instant.parse("2025-03-08T18:00:00Z");
        testEvents.create(w.id(), TestEvents.draft("march", past, past.plusSeconds(3600), "America/Chicago", 0, "",
                "Casa del Pueblo\n123 Main St, Chicago, IL"));

        WebSession.Page listing = new WebSession(port).get("/" + w.workspace().slug() + "/events");
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.html().select("#upcoming li").text()).contains("Know your rights", "Online");
        assertThat(listing.html().select("#past li").text()).contains("Saturday, March 8, 2025, 12:00–1:00 p.m. CST");
        assertThat(listing.text()).doesNotContain("Secret strategy");
        assertThat(new WebSession(port).get("/" + w.workspace().slug() + "/events/hidden").status()).isEqualTo(200);

        WebSession.Page feed = new WebSession(port).get("/" + w.workspace().slug() + "/events.ics");
        assertThat(feed.status()).isEqualTo(200);
        String ics = feed.body().replace("\r\n ", "");
        assertThat(ics).contains("METHOD:PUBLISH", "X-WR-CALNAME:Listing", "SUMMARY:Know your rights",
                "DTSTART;TZID=America/Chicago:20250308T120000", "LOCATION:Casa del Pueblo\\n123 Main St\\, Chicago\\, IL")
                .doesNotContain("Secret strategy").doesNotContain("meet.example.org");
        WebSession.Page page = new WebSession(port).get("/" + w.workspace().slug() + "/events/march");
        assertThat(page.html().selectFirst("#state-ended")).isNotNull();
        assertThat(page.html().selectFirst("#where-address a").attr("href"))
                .startsWith("https://www.openstreetmap.org/search?query=Casa%20del%20Pueblo");
    }

    @Test
    void onlyTheEmbeddedFormMayBeFramedByOtherSitesAndItsScriptEscapesTheTitle() throws Exception {
        var w = fixtures.workspace("Embed");
        Event draft = TestEvents.webinar("embed", Duration.ofDays(20), 0);
        Event e = testEvents.create(w.id(), new Event(null, null, "embed", draft.status(), draft.visibility(), "en",
                draft.startsAt(), draft.endsAt(), draft.timeZone(), List.of(), draft.joinUrl(), "", 0, null,
                draft.reminderMinutes(), 0, false, Map.of("en", new EventText("en", "</script><script>alert(1)</script>",
                        "", "")), List.of(), null, null));
        String path = path(w, e);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> embed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                + "/embed")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                + "/embed.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors 'self'");
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors *");
        assertThat(embed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(script.body()).doesNotContain("</script>").contains("\\u003c/script>");
        WebSession.Page thanks = register(new WebSession(port), path + "/embed", Map.of("given_name", "Em",
                "email", "em@example.org"));
        assertThat(thanks.url()).endsWith(path + "/embed/thanks?lang=en&s=registered");
    }
}
