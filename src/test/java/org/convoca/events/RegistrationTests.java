package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convoca.mail.CapturedMail;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering, the wait list, cancelling, and the mail with calendar files each step sends. */
@ConvocaTest
class RegistrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Organizing organizing;
    @Autowired Registrations registrations;
    @Autowired Events events;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired EventInbox inbox;

    static RegistrationRequest request(String name, String email, String language) {
        return new RegistrationRequest(Person.draft(name, "", email).withLanguage(language), language,
                List.of(new Registrant.Answer(1, "What would you like to ask?", "¿Y mi permiso de trabajo?")),
                "I agree to be contacted.", "web");
    }

    @Test
    void aRegistrantGetsAConfirmationInTheirLanguageWithTheJoinLinkAndACalendarFile() {
        var w = fixtures.workspace("Centro Legal");
        Event e = testEvents.create(w.id(), TestEvents.webinar("derechos", Duration.ofDays(10), 0));

        Registering.Outcome o = registering.register(e, request("Lucía", "lucia@example.org", "es"));

        assertThat(o.registration().status()).isEqualTo(RegistrationStatus.REGISTERED);
        Person lucia = people.findByEmail(w.id(), "lucia@example.org").orElseThrow();
        assertThat(consents.of(w.id(), lucia.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("I agree to be contacted."));
        CapturedMail mail = inbox.await(w.id(), "lucia@example.org", "Su inscripción está confirmada");
        assertThat(mail.subject()).contains("Conozca sus derechos");
        assertThat(mail.textBody()).contains("Hola, Lucía:", "https://meet.example.org/abc-123",
                "https://calendar.google.com/calendar/render?action=TEMPLATE", "https://outlook.live.com/calendar/",
                "/events/derechos/cancel?token=" + o.registration().cancelToken(), "12:00–1:00 p. m. C");
        String ics = inbox.calendar(w.id(), mail);
        assertThat(inbox.calendarType(w.id(), mail)).contains("method=REQUEST");
        assertThat(ics).contains("METHOD:REQUEST", "UID:" + e.id() + "@convoca", "SEQUENCE:0",
                "DTSTART;TZID=America/Chicago:", "BEGIN:VTIMEZONE", "TZID:America/Chicago",
                "LOCATION:https://meet.example.org/abc-123", "ATTENDEE;", "mailto:lucia@example.org",
                // No sender address of its own: the invitation is organized by the installation's address.
                "ORGANIZER;CN=\"Centro Legal\":mailto:convoca@localhost");
    }

    @Test
    void whenEverySeatIsTakenPeopleWaitAndTheFirstWaitingGetsTheSeatSomeoneCancels() {
        var w = fixtures.workspace("Seats");
        Event e = testEvents.create(w.id(), TestEvents.webinar("one-seat", Duration.ofDays(3), 1));
        Registration first = registering.register(e, request("Ana", "ana@example.org", "en")).registration();
        Registration second = registering.register(e, request("Bo", "bo@example.org", "en")).registration();
        Registration third = registering.register(e, request("Cy", "cy@example.org", "en")).registration();

        assertThat(first.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        CapturedMail waiting = inbox.await(w.id(), "bo@example.org", "You’re on the wait list");
        assertThat(waiting.textBody()).doesNotContain("meet.example.org");
        assertThat(inbox.calendar(w.id(), waiting)).isNull();

        assertThat(registering.cancel(e, first.cancelToken())).get()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED));

        assertThat(registrations.find(w.id(), second.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations.find(w.id(), third.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.WAITLISTED);
        CapturedMail promoted = inbox.await(w.id(), "bo@example.org", "A seat opened up");
        assertThat(promoted.textBody()).contains("https://meet.example.org/abc-123");
        assertThat(inbox.calendar(w.id(), promoted)).contains("METHOD:REQUEST");
        CapturedMail left = inbox.await(w.id(), "ana@example.org", "Registration cancelled");
        assertThat(inbox.calendar(w.id(), left)).contains("METHOD:CANCEL", "STATUS:CANCELLED");
        assertThat(registering.cancel(e, first.cancelToken())).get()
                .as("a second click on the link changes nothing").satisfies(r -> assertThat(r.status())
                        .isEqualTo(RegistrationStatus.CANCELLED));
        assertThat(registrations.count(w.id(), e.id(), RegistrationStatus.REGISTERED)).isEqualTo(1);
    }

    @Test
    void registeringTwiceKeepsOneRegistration() {
        var w = fixtures.workspace("Twice");
        Event e = testEvents.create(w.id(), TestEvents.webinar("twice", Duration.ofDays(3), 0));
        registering.register(e, request("Ana", "ana@example.org", "en"));
        Registering.Outcome again = registering.register(e, request("Ana María", "ANA@example.org", "en"));
        assertThat(again.fresh()).isFalse();
        assertThat(registrations.count(w.id(), e.id(), RegistrationStatus.REGISTERED)).isEqualTo(1);
        assertThat(people.findByEmail(w.id(), "ana@example.org").orElseThrow().givenName()).isEqualTo("Ana");
    }

    @Test
    void whenStaffMoveTheEventRegistrantsGetAnUpdatedCalendarEntryAndWhenTheyCancelItACancellation() {
        var w = fixtures.workspace("Moves");
        Event e = testEvents.create(w.id(), TestEvents.webinar("moves", Duration.ofDays(5), 0));
        registering.register(e, request("Ana", "ana@example.org", "en"));
        inbox.await(w.id(), "ana@example.org", "You’re registered");

        Instant later = e.startsAt().plus(Duration.ofDays(1));
        Event moved = organizing.update(e, new Event(e.id(), e.workspaceId(), e.slug(), e.status(), e.visibility(),
                e.defaultLanguage(), later, later.plus(Duration.ofHours(2)), e.timeZone(), e.extraZones(),
                e.joinUrl(), e.address(), e.capacity(), null, e.reminderMinutes(), 0, false, e.texts(), e.questions(),
                null, null));
        assertThat(moved.sequence()).isEqualTo(1);
        CapturedMail update = inbox.await(w.id(), "ana@example.org", "Updated: Know your rights");
        assertThat(inbox.calendar(w.id(), update)).contains("METHOD:REQUEST", "SEQUENCE:1",
                "UID:" + e.id() + "@convoca");

        organizing.setStatus(moved, EventStatus.CANCELLED);
        CapturedMail cancelled = inbox.await(w.id(), "ana@example.org", "Cancelled: Know your rights");
        assertThat(inbox.calendar(w.id(), cancelled)).contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED",
                "UID:" + e.id() + "@convoca");
        assertThat(events.find(w.id(), e.id()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThatThrownBy(() -> registering.register(events.find(w.id(), e.id()).orElseThrow(),
                request("Late", "late@example.org", "en"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEventThatCannotBeSavedSaysWhichFieldsAreWrong() {
        var w = fixtures.workspace("Invalid");
        Event bad = TestEvents.draft("Bad Slug!", Instant.now(), Instant.now().minusSeconds(60), "Mars/Olympus", -1,
                "javascript:alert(1)", "");
        assertThatThrownBy(() -> testEvents.create(w.id(), bad)).isInstanceOf(InvalidEventException.class)
                .satisfies(x -> assertThat(((InvalidEventException) x).problems().keySet())
                        .contains("slug", "time_zone", "end", "join_url", "capacity"));
        assertThat(events.newest(w.id(), 0, 10)).isEmpty();
        assertThat(Map.of()).isEmpty();
    }
}
