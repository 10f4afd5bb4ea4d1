package org.convoca.events;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Event mail runs on the database-backed scheduler, so it survives restarts and any node may send it. A task
 * that died with its node is revived and runs again; the mail log makes the second run skip whoever the first
 * one reached.
 */
@Configuration(proxyBeanMethods = false)
class EventTasks {

    /** One message to one registrant; {@code key} names it in the mail log. */
    record ToOne(UUID workspaceId, UUID eventId, UUID registrationId, String kind, String key) implements Serializable {
    }

    /**
     * One message to everyone it concerns. {@code plannedStart} (epoch milliseconds) is the start a reminder was
     * planned for: if the event has moved since, the reminder is stale and sends nothing.
     */
    record ToAll(UUID workspaceId, UUID eventId, String kind, String key, long plannedStart) implements Serializable {
    }

    @Bean
    OneTimeTask<ToOne> eventMailToOne(ObjectProvider<EventMailer> mailer) {
        return Tasks.oneTime("event-mail", ToOne.class).onDeadExecutionRevive()
                .execute((instance, context) -> mailer.getObject().toOne(instance.getData()));
    }

    @Bean
    OneTimeTask<ToAll> eventMailToAll(ObjectProvider<EventMailer> mailer) {
        return Tasks.oneTime("event-broadcast", ToAll.class).onDeadExecutionRevive()
                .execute((instance, context) -> mailer.getObject().toAll(instance.getData()));
    }
}
