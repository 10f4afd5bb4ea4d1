package org.convoca.actions;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.convoca.mail.InvalidEmailException;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an action's confirmation email once per person. {@link #queue} runs inside the action's own transaction
 * and stores a database-backed task with it, so the email is owed exactly when the signature or submission is
 * committed. The task claims the (action, person) row and hands the message to the {@link Mailer} in one
 * transaction: the development mailbox therefore gets exactly one copy however often the task runs; with an SMTP
 * relay, only a crash between the relay's acceptance and that commit could send a second one.
 */
@Service
public class Autoresponder {

    private static final Logger LOG = LoggerFactory.getLogger(Autoresponder.class);

    /** The stored task data: whom to confirm what, in which language. */
    record Job(UUID workspaceId, UUID actionId, UUID personId, String language, String fallbackLanguage,
            String title) implements Serializable {
    }

    private final Autoresponses autoresponses;
    private final People people;
    private final Workspaces workspaces;
    private final Mailer mailer;
    private final TransactionTemplate tx;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<Job>> task;

    Autoresponder(Autoresponses autoresponses, People people, Workspaces workspaces, Mailer mailer,
            TransactionTemplate tx, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<OneTimeTask<Job>> actionAutoresponse) {
        this.autoresponses = autoresponses;
        this.people = people;
        this.workspaces = workspaces;
        this.mailer = mailer;
        this.tx = tx;
        this.scheduler = scheduler;
        this.task = actionAutoresponse;
    }

    /**
     * Owes the person the action's confirmation, if the action has one turned on. Call it inside the transaction
     * that records the action, so both are committed or neither.
     */
    public void queue(UUID workspaceId, UUID actionId, UUID personId, String language, String fallbackLanguage,
            String title) {
        queueAll(workspaceId, actionId, Map.of(personId, language), fallbackLanguage, title);
    }

    /** As {@link #queue}, for several people each in their language: whether the action has one is read once. */
    public void queueAll(UUID workspaceId, UUID actionId, Map<UUID, String> languages, String fallbackLanguage,
            String title) {
        if (languages.isEmpty() || !autoresponses.isEnabled(workspaceId, actionId)) {
            return;
        }
        languages.forEach((personId, language) -> {
            Job job = new Job(workspaceId, actionId, personId, language, fallbackLanguage, title);
            scheduler.getObject().scheduleIfNotExists(task.getObject().instance(actionId + ":" + personId, job),
                    Instant.now());
        });
    }

    /** Runs a queued job; throws to have it tried again later when the relay could not take the message. */
    void deliver(Job job) {
        tx.executeWithoutResult(status -> {
            Autoresponse a = autoresponses.find(job.workspaceId(), job.actionId());
            AutoresponseText text = a.text(job.language(), job.fallbackLanguage());
            Person person = people.find(job.workspaceId(), job.personId()).orElse(null);
            Workspace w = workspaces.findById(job.workspaceId()).orElse(null);
            if (!a.enabled() || text == null || person == null || w == null || person.email() == null
                    || person.emailStatus() == EmailStatus.BOUNCING
                    || person.emailStatus() == EmailStatus.SPAM_COMPLAINT) {
                return;
            }
            try {
                if (!autoresponses.claim(job.workspaceId(), job.actionId(), job.personId())) {
                    return;
                }
            } catch (DuplicateKeyException raced) {
                return;
            }
            OutgoingEmail email;
            try {
                String subject = PetitionLimits.clean(Autoresponse.merge(text.subject(), person, job.title()));
                email = new OutgoingEmail(person.email(), senderName(w), w.senderEmail(),
                        subject.length() > 900 ? subject.substring(0, 900) : subject,
                        Autoresponse.merge(text.body(), person, job.title()), null, w.id(), null);
            } catch (InvalidEmailException e) {
                // A sender address or a person's address the mailer refuses: trying again cannot help.
                LOG.warn("Confirmation email of action {} not sent: {}", job.actionId(), e.getMessage());
                status.setRollbackOnly();
                return;
            }
            mailer.send(email);
        });
    }

    private static String senderName(Workspace w) {
        String name = w.senderName() == null || w.senderName().isBlank() ? w.name() : w.senderName();
        return PetitionLimits.clean(name);
    }
}
