package org.convoca.workspace.staff;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mails queued password reset links. A relay that fails is tried again a few times, a minute apart; a link
 * older than that would be of little use to someone waiting for it, who can ask again.
 */
@Configuration(proxyBeanMethods = false)
class PasswordResetTask {

    @Bean
    OneTimeTask<PasswordResets.Requested> passwordResetMail(ObjectProvider<PasswordResets> resets) {
        return Tasks.oneTime("password-reset-mail", PasswordResets.Requested.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
                .execute((instance, context) -> resets.getObject().send(instance.getData().email()));
    }
}
