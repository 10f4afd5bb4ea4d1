package org.convoca.actions;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Confirmation emails run as db-scheduler tasks: any node sends them, one whose node died is taken over, and a
 * relay that is down is tried again, every five minutes for a day, before the email is given up.
 */
@Configuration(proxyBeanMethods = false)
class AutoresponseTask {

    @Bean
    OneTimeTask<Autoresponder.Job> actionAutoresponse(ObjectProvider<Autoresponder> autoresponder) {
        return Tasks.oneTime("action-autoresponse", Autoresponder.Job.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(288,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5))))
                .execute((instance, context) -> autoresponder.getObject().deliver(instance.getData()));
    }
}
