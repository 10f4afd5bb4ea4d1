package org.convoca.api;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs queued background requests. A request that was wrong (an {@link ApiException}) is logged and dropped,
 * since trying again cannot help; anything else is retried a few times, a minute apart.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundTask {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    @Bean
    OneTimeTask<BackgroundRequests.Queued> apiBackgroundRequest(ObjectProvider<BackgroundWrite> writes,
            JsonMapper json) {
        return Tasks.oneTime("api-background-request", BackgroundRequests.Queued.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(5,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
                .execute((instance, context) -> {
                    BackgroundRequests.Queued q = instance.getData();
                    BackgroundWrite write = writes.stream().filter(w -> w.name().equals(q.write())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("No background write named " + q.write()));
                    try {
                        write.work().perform(q.workspaceId(), q.pathIds(), json.readTree(q.body()));
                    } catch (ApiException e) {
                        // The reason can quote a person's details, which stay out of the logs.
                        LOG.warn("Background request {} for workspace {} was refused with status {}", q.write(),
                                q.workspaceId(), e.status().value());
                    }
                });
    }
}
