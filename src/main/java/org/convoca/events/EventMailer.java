package org.convoca.events;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mail.InvalidEmailException;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what {@link EventTasks} runs, each message in a transaction of its own with its line in the mail log:
 * a message the relay refuses leaves no line and is tried again with the task; one that went out has its line,
 * and is skipped by any later run.
 */
@Component
class EventMailer {

    private static final Logger LOG = LoggerFactory.getLogger(EventMailer.class);

    private final Events events;
    private final Registrations registrations;
    private final People people;
    private final Workspaces workspaces;
    private final EventMessages messages;
    private final MailLog log;
    private final Mailer mailer;
    private final TransactionTemplate tx;

    EventMailer(Events events, Registrations registrations, People people, Workspaces workspaces,
            EventMessages messages, MailLog log, Mailer mailer, TransactionTemplate tx) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.workspaces = workspaces;
        this.messages = messages;
        this.log = log;
        this.mailer = mailer;
        this.tx = tx;
    }

    void toOne(EventTasks.ToOne task) {
        MailKind kind = MailKind.valueOf(task.kind().toUpperCase(Locale.ROOT));
        Optional<Event> event = events.find(task.workspaceId(), task.eventId());
        Optional<Registration> found = registrations.find(task.workspaceId(), task.registrationId());
        if (event.isEmpty() || found.isEmpty()) {
            return;
        }
        Registration r = found.get();
        boolean stillSo = switch (kind) {
            case REGISTERED, PROMOTED -> r.status() == RegistrationStatus.REGISTERED;
            case WAITLISTED -> r.status() == RegistrationStatus.WAITLISTED;
            case LEFT -> r.status() == RegistrationStatus.CANCELLED;
            default -> true;
        };
        if (stillSo) {
            send(event.get(), r.personId(), r.language(), r, kind, task.key());
        }
    }

    void toAll(EventTasks.ToAll task) {
        MailKind kind = MailKind.valueOf(task.kind().toUpperCase(Locale.ROOT));
        Event e = events.find(task.workspaceId(), task.eventId()).orElse(null);
        if (e == null) {
            return;
        }
        switch (kind) {
            case REMINDER -> {
                if (e.status() == EventStatus.SCHEDULED && e.startsAt().toEpochMilli() == task.plannedStart()) {
                    everyone(e, List.of(RegistrationStatus.REGISTERED), kind, task.key());
                }
            }
            case OPENS -> {
                if (e.takesRegistrations(Instant.now())) {
                    registrations.askedToBeTold(e.workspaceId(), e.id())
                            .forEach((person, language) -> send(e, person, language, null, kind, task.key()));
                }
            }
            default -> everyone(e, List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED), kind,
                    task.key());
        }
    }

    private void everyone(Event e, List<RegistrationStatus> statuses, MailKind kind, String key) {
        for (Registration r : registrations.withStatus(e.workspaceId(), e.id(), statuses)) {
            send(e, r.personId(), r.language(), r, kind, key);
        }
    }

    /** Sends once: a message already in the log is not sent again. */
    void send(Event e, UUID personId, String language, Registration r, MailKind kind, String key) {
        tx.executeWithoutResult(status -> {
            if (log.wasSent(e.workspaceId(), e.id(), personId, key)) {
                return;
            }
            Optional<Person> person = people.find(e.workspaceId(), personId);
            Optional<Workspace> w = workspaces.findById(e.workspaceId());
            if (person.isEmpty() || person.get().email() == null || w.isEmpty()) {
                return;
            }
            OutgoingEmail mail;
            try {
                mail = messages.compose(w.get(), e, person.get(), r, kind, language);
            } catch (InvalidEmailException x) {
                LOG.warn("Event {} mail {} to person {} cannot be written: {}", e.id(), key, personId,
                        x.getMessage());
                return;
            }
            log.record(e.workspaceId(), e.id(), personId, key);
            mailer.send(mail);
        });
    }
}
