package org.convoca.actions.letters;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.mail.InvalidEmailException;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers an outreach's letters as a db-scheduler task. Each letter is marked sent in the same transaction that
 * hands it to the {@link Mailer}, so a task that runs again (after a crash, or after the relay refused one letter)
 * sends only what has not gone out. From the workspace's sender address, with the writer's name, replies to the
 * writer.
 */
@Configuration(proxyBeanMethods = false)
class LetterDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(LetterDelivery.class);

    /** The stored task data. */
    record Job(UUID workspaceId, UUID outreachId) implements Serializable {
    }

    @Bean
    OneTimeTask<Job> letterDeliveryTask(ObjectProvider<Outreaches> outreaches, ObjectProvider<People> people,
            ObjectProvider<Workspaces> workspaces, ObjectProvider<Mailer> mailer,
            ObjectProvider<TransactionTemplate> tx) {
        return Tasks.oneTime("letter-delivery", Job.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(288,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5))))
                .execute((instance, context) -> deliver(instance.getData(), outreaches.getObject(),
                        people.getObject(), workspaces.getObject(), mailer.getObject(), tx.getObject()));
    }

    static void deliver(Job job, Outreaches outreaches, People people, Workspaces workspaces, Mailer mailer,
            TransactionTemplate tx) {
        Outreach o = outreaches.find(job.workspaceId(), job.outreachId()).orElse(null);
        Workspace w = workspaces.findById(job.workspaceId()).orElse(null);
        Person writer = o == null ? null : people.find(job.workspaceId(), o.personId()).orElse(null);
        if (o == null || w == null || writer == null) {
            return;
        }
        for (OutreachLetter letter : outreaches.letters(job.workspaceId(), o.id())) {
            if (!letter.deliver() || letter.sentAt() != null) {
                continue;
            }
            tx.executeWithoutResult(status -> {
                if (!outreaches.claim(job.workspaceId(), o.id(), letter.targetId())) {
                    return;
                }
                OutgoingEmail email;
                try {
                    email = new OutgoingEmail(letter.email(), sender(writer, w), w.senderEmail(), o.subject(),
                            letter.addressed() + "\n\n" + o.message(), null, w.id(), null)
                            .replyingTo(writer.email());
                } catch (InvalidEmailException e) {
                    // An address the mailer refuses: trying again cannot help, and the letter stays marked unsent.
                    LOG.warn("Letter {} to target {} not sent: {}", o.id(), letter.targetId(), e.getMessage());
                    status.setRollbackOnly();
                    return;
                }
                mailer.send(email);
            });
        }
    }

    /** "Ana Ruiz via Unidos": the writer's name, and who sent it for them. */
    private static String sender(Person writer, Workspace w) {
        String name = PetitionLimits.clean(writer.displayName() + " via " + w.name());
        return name.length() > 190 ? name.substring(0, 190) : name;
    }
}
