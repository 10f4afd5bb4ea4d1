package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.mail.CapturedMail;
import org.convoca.support.Fixtures;
import org.convoca.support.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes, one after the other, on one database: the first plans a reminder, sends it to one
 * registrant and dies before the rest; the second, started afterwards, sends it to the others. Everyone gets it
 * exactly once, and running the task yet again sends nothing more.
 */
class ReminderRestartTests {

    @Test
    void aRestartBetweenPlanningAndSendingStillSendsEachReminderExactlyOnce() throws Exception {
        Map<String, Object> database = SharedDatabase.fresh("restart");
        UUID workspaceId;
        Event event;
        Registration first;
        try (ConfigurableApplicationContext node = SharedDatabase.node(database)) {
            var w = node.getBean(Fixtures.class).workspace("Restart");
            workspaceId = w.id();
            event = node.getBean(TestEvents.class).create(w.id(),
                    ReminderTests.withReminders(TestEvents.webinar("restart", Duration.ofMinutes(60).plusSeconds(25),
                            0), List.of(60)));
            Registering registering = node.getBean(Registering.class);
            first = registering.register(event, RegistrationTests.request("Ana", "ana@example.org", "en"))
                    .registration();
            registering.register(event, RegistrationTests.request("Bo", "bo@example.org", "es"));
            Registration gone = registering.register(event, RegistrationTests.request("Cy", "cy@example.org", "en"))
                    .registration();
            registering.cancel(event, gone.cancelToken());
            // The dying node got as far as Ana.
            node.getBean(EventMailer.class).send(event, first.personId(), "en", first, MailKind.REMINDER,
                    EventMailQueue.reminderKey(event, 60));
            assertThat(Instant.now()).isBefore(event.startsAt().minus(Duration.ofMinutes(60)));
        }

        try (ConfigurableApplicationContext node = SharedDatabase.node(database)) {
            EventInbox inbox = node.getBean(EventInbox.class);
            inbox.awaitLong(workspaceId, "bo@example.org", "Recordatorio: Conozca sus derechos", Duration.ofSeconds(60));
            EventInbox.sleep();
            assertThat(reminders(inbox, workspaceId, "ana@example.org", "Reminder")).hasSize(1);
            assertThat(reminders(inbox, workspaceId, "bo@example.org", "Recordatorio")).hasSize(1);
            assertThat(reminders(inbox, workspaceId, "cy@example.org", "Reminder")).isEmpty();

            node.getBean(EventMailer.class).toAll(new EventTasks.ToAll(workspaceId, event.id(), "reminder",
                    EventMailQueue.reminderKey(event, 60), event.startsAt().toEpochMilli()));
            assertThat(reminders(inbox, workspaceId, "ana@example.org", "Reminder")).hasSize(1);
            assertThat(reminders(inbox, workspaceId, "bo@example.org", "Recordatorio")).hasSize(1);
        }
    }

    private static List<CapturedMail> reminders(EventInbox inbox, UUID workspaceId, String to, String word) {
        return inbox.to(workspaceId, to).stream().filter(m -> m.subject().startsWith(word)).toList();
    }
}
