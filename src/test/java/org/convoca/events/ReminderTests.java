package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convoca.mail.CapturedMail;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders go out at their time, once, to everyone with a seat, and follow the event when it moves. */
@ConvocaTest
class ReminderTests {

    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Organizing organizing;
    @Autowired EventInbox inbox;
    @Autowired MailLog log;

    /** A webinar whose one-hour reminder is due {@code in} from now, with one seat. */
    static Event dueIn(String slug, Duration in) {
        Event w = TestEvents.webinar(slug, Duration.ofHours(1).plus(in), 1);
        return withReminders(w, List.of(60));
    }

    static Event withReminders(Event e, List<Integer> minutes) {
        return new Event(e.id(), e.workspaceId(), e.slug(), e.status(), e.visibility(), e.defaultLanguage(),
                e.startsAt(), e.endsAt(), e.timeZone(), e.extraZones(), e.joinUrl(), e.address(), e.capacity(),
                e.registrationOpensAt(), minutes, e.sequence(), e.hasImage(), e.texts(), e.questions(), e.createdAt(),
                e.modifiedAt());
    }

    @Test
    void theReminderGoesOnceToTheRegisteredAndNotToThoseWaitingOrGone() {
        var w = fixtures.workspace("Reminders");
        Event e = testEvents.create(w.id(), dueIn("soon", Duration.ofSeconds(3)));
        registering.register(e, RegistrationTests.request("Ana", "ana@example.org", "en"));
        registering.register(e, RegistrationTests.request("Bo", "bo@example.org", "en"));

        CapturedMail reminder = inbox.await(w.id(), "ana@example.org", "Reminder: Know your rights");
        assertThat(reminder.textBody()).contains("https://meet.example.org/abc-123", "/cancel?token=");
        assertThat(inbox.calendar(w.id(), reminder)).contains("METHOD:REQUEST");
        EventInbox.sleep();
        assertThat(inbox.to(w.id(), "ana@example.org")).filteredOn(m -> m.subject().startsWith("Reminder"))
                .hasSize(1);
        assertThat(inbox.to(w.id(), "bo@example.org")).noneMatch(m -> m.subject().startsWith("Reminder"));
    }

    @Test
    void aMovedEventIsRemindedAtItsNewTimeAndNotAtItsOld() throws Exception {
        var w = fixtures.workspace("Moved");
        Event e = testEvents.create(w.id(), dueIn("moved", Duration.ofSeconds(4)));
        registering.register(e, RegistrationTests.request("Ana", "ana@example.org", "en"));
        Instant later = e.startsAt().plus(Duration.ofDays(2));
        organizing.update(e, new Event(e.id(), e.workspaceId(), e.slug(), e.status(), e.visibility(),
                e.defaultLanguage(), later, later.plus(Duration.ofHours(1)), e.timeZone(), e.extraZones(),
                e.joinUrl(), e.address(), e.capacity(), null, List.of(60, 2880), 0, false, e.texts(), e.questions(),
                null, null));
        inbox.await(w.id(), "ana@example.org", "Updated: Know your rights");
        Thread.sleep(6000);
        assertThat(inbox.to(w.id(), "ana@example.org")).noneMatch(m -> m.subject().startsWith("Reminder"));
        assertThat(log.count(w.id(), e.id(), "reminder-")).isZero();
    }

    @Test
    void aCancelledEventSendsNoReminder() throws Exception {
        var w = fixtures.workspace("Off");
        Event e = testEvents.create(w.id(), dueIn("off", Duration.ofSeconds(3)));
        registering.register(e, RegistrationTests.request("Ana", "ana@example.org", "en"));
        organizing.setStatus(e, EventStatus.CANCELLED);
        inbox.await(w.id(), "ana@example.org", "Cancelled: Know your rights");
        Thread.sleep(5000);
        assertThat(inbox.to(w.id(), "ana@example.org")).noneMatch(m -> m.subject().startsWith("Reminder"));
    }
}
