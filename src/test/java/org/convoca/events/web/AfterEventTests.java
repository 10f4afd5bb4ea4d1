package org.convoca.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.Registering;
import org.convoca.events.Registration;
import org.convoca.events.RegistrationRequest;
import org.convoca.events.Registrations;
import org.convoca.events.TestEvents;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Checking people in at the door, the CSV, the recording on the public page, and follow-ups. */
@ConvocaTest
class AfterEventTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Registrations registrations;
    @Autowired EventInbox inbox;

    Registration register(Event e, String name, String email, String language) {
        return registering.register(e, new RegistrationRequest(Person.draft(name, "", email).withLanguage(language),
                language, List.of(), "I agree.", "web")).registration();
    }

    @Test
    void staffCheckPeopleInAndTheCsvSaysWhoCameWithoutRunningFormulas() {
        var w = fixtures.workspace("Door");
        Event e = testEvents.create(w.id(), TestEvents.webinar("door", Duration.ofDays(3), 0));
        Registration ana = register(e, "=HYPERLINK(\"http://evil\")", "ana@example.org", "en");
        register(e, "Bo", "bo@example.org", "en");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String list = "/admin/events/" + e.id() + "/registrations";

        WebSession.Page checked = staff.post(list, list + "/" + ana.id() + "/attendance", Map.of("attended", "yes"));
        assertThat(checked.html().selectFirst("#attended").text()).isEqualTo("1");
        assertThat(checked.html().selectFirst("#r-" + ana.id() + " button").attr("aria-pressed")).isEqualTo("true");
        String csv = new String(staff.download(list + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).contains("'=HYPERLINK", "ana@example.org,registered,");
        assertThat(csv.lines().filter(l -> l.contains("ana@example.org")).findFirst().orElseThrow())
                .matches(".*,registered,[0-9T:.Z-]+,[0-9T:.Z-]+,.*");
        assertThat(csv.lines().filter(l -> l.contains("bo@example.org")).findFirst().orElseThrow())
                .endsWith(",,");
        staff.post(list, list + "/" + ana.id() + "/attendance", Map.of("attended", "no"));
        assertThat(registrations.attendedCount(w.id(), e.id())).isZero();

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.post(list, list + "/" + ana.id() + "/attendance", Map.of("attended", "yes")).status())
                .isEqualTo(403);
        assertThat(viewer.get(list + ".csv").status()).isEqualTo(403);
        var other = fixtures.workspace("Other door");
        Event theirs = testEvents.create(other.id(), TestEvents.webinar("theirs", Duration.ofDays(3), 0));
        String theirList = "/admin/events/" + theirs.id() + "/registrations";
        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.ORGANIZER);
        assertThat(stranger.post(theirList, theirList + "/" + ana.id() + "/attendance", Map.of("attended", "yes"))
                .status()).isEqualTo(404);
        assertThat(registrations.attendedCount(w.id(), e.id())).isZero();
    }

    @Test
    void theRecordingIsPublishedOnThePageAndAFollowUpGoesOnlyToThoseWhoCameInTheirLanguage() {
        var w = fixtures.workspace("After");
        Event e = testEvents.create(w.id(), TestEvents.webinar("after", Duration.ofDays(3), 0));
        Registration ana = register(e, "Ana", "ana@example.org", "es");
        register(e, "Bo", "bo@example.org", "en");
        registrations.markAttended(w.id(), e.id(), ana.id(), true);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/events/" + e.id();

        WebSession.Page refused = staff.post(page, page + "/recording", Map.of("url", "javascript:alert(1)"));
        assertThat(refused.html().selectFirst("#problem").text()).startsWith("Enter a web address");
        staff.post(page, page + "/recording", Map.of("url", "https://video.example.org/rec-1"));
        WebSession.Page pub = new WebSession(port).get("/" + w.workspace().slug() + "/events/after");
        assertThat(pub.html().selectFirst("#recording a").attr("href")).isEqualTo("https://video.example.org/rec-1");

        WebSession.Page sent = staff.post(page, page + "/followups", Map.of("audience", "attended",
                "subject_en", "Thank you for coming", "body_en", "Here are the **slides**.",
                "subject_es", "Gracias por venir", "body_es", "Aquí están las **diapositivas**."));
        assertThat(sent.html().selectFirst("#notice").text()).startsWith("The follow-up is on its way");
        var mail = inbox.await(w.id(), "ana@example.org", "Gracias por venir");
        assertThat(mail.textBody()).contains("Hola, Ana:", "Aquí están las diapositivas.",
                "https://video.example.org/rec-1");
        assertThat(mail.htmlBody()).contains("<strong>diapositivas</strong>");
        EventInbox.sleep();
        assertThat(inbox.to(w.id(), "bo@example.org")).noneMatch(m -> m.subject().contains("Thank you for coming"));

        staff.post(page, page + "/followups", Map.of("audience", "registered", "subject_en", "One more thing",
                "body_en", "<script>alert(1)</script> See you soon."));
        var toBo = inbox.await(w.id(), "bo@example.org", "One more thing");
        assertThat(toBo.htmlBody()).doesNotContain("<script>");
        inbox.await(w.id(), "ana@example.org", "One more thing");
        assertThat(staff.post(page, page + "/followups", Map.of("audience", "registered")).html()
                .selectFirst("#problem").text()).isEqualTo("Required.");
    }
}
