package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.ConvocaApplication;
import org.convoca.mail.CapturedMail;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Two application nodes, one after the other, on one database: the first plans a reminder, sends it to one
 * registrant and dies before the rest; the second, started afterwards, sends it to the others. Everyone gets it
 * exactly once, and running the task yet again sends nothing more.
 */
class ReminderRestartTests {

    @Test
    void aRestartBetweenPlanningAndSendingStillSendsEachReminderExactlyOnce() throws Exception {
        Map<String, Object> database = sharedDatabase();
        UUID workspaceId;
        Event event;
        Registration first;
        try (ConfigurableApplicationContext node = start(database)) {
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

        try (ConfigurableApplicationContext node = start(database)) {
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

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        return new SpringApplicationBuilder(ConvocaApplication.class).profiles("test")
                .properties("server.port=0")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("shared-database", database)))
                .run();
    }

    /** A database of this test's own, on PostgreSQL when the build runs the suite there, else in-memory H2. */
    private static Map<String, Object> sharedDatabase() throws Exception {
        Map<String, Object> p = new HashMap<>();
        String url = System.getenv("CONVOCA_TEST_DATABASE_URL");
        if ("postgresql".equals(System.getProperty("convoca.test.database")) && url != null && !url.isBlank()) {
            String user = envOr("CONVOCA_TEST_DATABASE_USERNAME", "postgres");
            String password = envOr("CONVOCA_TEST_DATABASE_PASSWORD", "");
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            p.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.flyway.schemas", schema);
        } else {
            p.put("spring.datasource.url", "jdbc:h2:mem:restart-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return p;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
