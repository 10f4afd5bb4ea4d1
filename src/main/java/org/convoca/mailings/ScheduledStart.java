package org.convoca.mailings;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts scheduled mailings when their time comes, on whichever node the database-backed scheduler picks; a
 * mailing cancelled or started by hand meanwhile is left alone. One that can no longer start (its audience or
 * content became invalid) goes back to being a draft, with the reasons for staff to see.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledStart {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledStart.class);

    /** The stored task data. */
    record Start(UUID workspaceId, UUID mailingId) implements Serializable {
    }

    @Bean
    OneTimeTask<Start> mailingStart(ObjectProvider<Sending> sending) {
        return Tasks.oneTime("mailing-start", Start.class).execute((instance, context) -> {
            Start s = instance.getData();
            Sending send = sending.getObject();
            boolean due = send.find(s.workspaceId(), s.mailingId())
                    .filter(m -> m.status() == MailingStatus.SCHEDULED).isPresent();
            if (due) {
                try {
                    send.start(s.workspaceId(), s.mailingId());
                } catch (InvalidMailingException e) {
                    LOG.warn("Scheduled mailing {} could not start: {}", s.mailingId(), e.problems());
                    send.returnToDraft(s.workspaceId(), s.mailingId(), e.problems());
                } catch (RuntimeException e) {
                    LOG.error("Scheduled mailing {} could not start", s.mailingId(), e);
                    send.returnToDraft(s.workspaceId(), s.mailingId(), Map.of("status", "The mailing could not "
                            + "start because of an error on the server; it has been logged. Try sending it again."));
                }
            }
        });
    }
}
