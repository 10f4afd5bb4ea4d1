package org.convoca.mailings;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts scheduled mailings when their time comes, on whichever node the database-backed scheduler picks; a
 * mailing cancelled or started by hand meanwhile is left alone.
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
                    LOG.warn("Scheduled mailing {} could not start: {}", s.mailingId(), e.getMessage());
                }
            }
        });
    }
}
