package org.convoca.events.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.Registering;
import org.convoca.events.Registrant;
import org.convoca.events.RegistrationRequest;
import org.convoca.events.TestEvents;
import org.convoca.events.attendance.Attendance;
import org.convoca.mail.CapturedMail;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Follow-up mail after an event: each person once, in their language, to registrants or to attendees only. */
@ConvocaTest
class FollowUpTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Attendance attendance;
    @Autowired People people;
    @Autowired FollowUps followUps;
    @Autowired FollowUpMailer mailer;
    @Autowired EventInbox inbox;

    Person register(Event e, String name, String email, String language) {
        return registering.register(e, new RegistrationRequest(Person.draft(name, "", email), language,
                List.<Registrant.Answer>of(), null, "test")).person();
    }

    static Map<String, String> message(String audience) {
        return Map.of("audience", audience, "subject_en", "Thank you for coming", "body_en",
                "Watch the **recording**.<script>alert(1)</script>", "subject_es", "Gracias por venir 🎉",
                "body_es", "Vea la **grabación**.");
    }

    @Test
    void everyRegistrantGetsTheFollowUpOnceInTheirLanguageEvenWhenTheTaskRunsAgain() throws Exception {
        var w = fixtures.workspace("Seguimiento");
        Event e = testEvents.create(w.id(), TestEvents.webinar("gracias", Duration.ofDays(2), 0));
        register(e, "Lucía", "lucia@example.org", "es");
        register(e, "Ana", "ana@example.org", "en");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page sent = staff.post("/admin/events/" + e.id() + "/after", "/admin/events/" + e.id()
                + "/followups", message("registrants"));
        assertThat(sent.html().getElementById("notice").text()).contains("on its way");

        CapturedMail es = inbox.await(w.id(), "lucia@example.org", "Gracias por venir 🎉");
        assertThat(es.textBody()).contains("Vea la grabación.", "/events/gracias");
        CapturedMail en = inbox.await(w.id(), "ana@example.org", "Thank you for coming");
        assertThat(en.htmlBody()).contains("<strong>recording</strong>").doesNotContain("<script>");

        FollowUp f = followUps.of(w.id(), e.id()).getFirst();
        mailer.send(new FollowUpTask.Job(w.id(), f.id()));
        mailer.send(new FollowUpTask.Job(w.id(), f.id()));
        Thread.sleep(500);
        assertThat(inbox.to(w.id(), "lucia@example.org")).filteredOn(m -> m.subject().contains("Gracias por venir"))
                .hasSize(1);
        assertThat(inbox.to(w.id(), "ana@example.org")).filteredOn(m -> m.subject().contains("Thank you"))
                .hasSize(1);
        assertThat(followUps.find(w.id(), f.id()).orElseThrow().sent()).isEqualTo(2);
        assertThat(staff.get("/admin/events/" + e.id() + "/after").html().select("#followups tbody tr").text())
                .contains("Thank you for coming", "Everyone registered", "2");
    }

    @Test
    void aFollowUpToAttendeesReachesOnlyThoseWhoCame() {
        var w = fixtures.workspace("Only attendees");
        Event e = testEvents.create(w.id(), TestEvents.webinar("came", Duration.ofDays(2), 0));
        Person came = register(e, "Came", "came@example.org", "en");
        register(e, "Stayed", "stayed@example.org", "en");
        attendance.mark(e, came.id(), Attendance.Source.CHECK_IN);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        staff.post("/admin/events/" + e.id() + "/after", "/admin/events/" + e.id() + "/followups",
                message("attendees"));

        inbox.await(w.id(), "came@example.org", "Thank you for coming");
        FollowUp f = followUps.of(w.id(), e.id()).getFirst();
        mailer.send(new FollowUpTask.Job(w.id(), f.id()));
        assertThat(inbox.to(w.id(), "stayed@example.org")).noneMatch(m -> m.subject().contains("Thank you"));
    }

    @Test
    void aFollowUpWithoutSubjectOrWithTooLongTextIsNotSentAndSaysWhy() {
        var w = fixtures.workspace("Invalid follow-up");
        Event e = testEvents.create(w.id(), TestEvents.webinar("invalid", Duration.ofDays(2), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/events/" + e.id() + "/after";

        WebSession.Page empty = staff.post(page, "/admin/events/" + e.id() + "/followups",
                Map.of("audience", "registrants", "subject_en", "", "body_en", ""));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().getElementById("subject_en-error").text()).isEqualTo("Write a subject.");
        WebSession.Page huge = staff.post(page, "/admin/events/" + e.id() + "/followups",
                Map.of("subject_en", "x".repeat(201), "body_en", "y", "subject_es", "Hola\r\nBcc: all@example.org"));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.html().getElementById("subject_en-error").text()).isEqualTo("At most 200 characters.");
        assertThat(huge.html().getElementById("body_es-error").text()).isEqualTo("Write a message.");
        assertThat(followUps.of(w.id(), e.id())).isEmpty();
        assertThat(fixtures.signIn(new WebSession(port), w, Role.VIEWER).post(page, "/admin/events/" + e.id()
                + "/followups", message("registrants")).status()).isEqualTo(403);
    }
}
