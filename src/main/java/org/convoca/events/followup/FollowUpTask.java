package org.convoca.events.followup;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Follow-up mail runs on the database-backed scheduler: a run cut short by a crash is revived, and the delivery
 * log makes the new run skip everyone the first one reached.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpTask {

    /** What is stored: which follow-up to send. */
    record Job(UUID workspaceId, UUID followUpId) implements Serializable {
    }

    @Bean
    OneTimeTask<Job> eventFollowUp(ObjectProvider<FollowUpMailer> mailer) {
        return Tasks.oneTime("event-followup", Job.class).onDeadExecutionRevive()
                .execute((instance, context) -> mailer.getObject().send(instance.getData()));
    }
}
