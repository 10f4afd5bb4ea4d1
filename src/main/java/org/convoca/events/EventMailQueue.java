package org.convoca.events;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts event mail on the scheduler, in the caller's transaction: a registration that rolls back leaves no
 * confirmation behind, and one that commits cannot lose it.
 */
@Component
class EventMailQueue {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<EventTasks.ToOne> toOne;
    private final OneTimeTask<EventTasks.ToAll> toAll;

    EventMailQueue(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<EventTasks.ToOne> eventMailToOne,
            OneTimeTask<EventTasks.ToAll> eventMailToAll) {
        this.scheduler = scheduler;
        this.toOne = eventMailToOne;
        this.toAll = eventMailToAll;
    }

    /** A message to one registrant, now; {@code key} makes it once-only, e.g. "registered-1718000000000". */
    void toOne(Registration r, MailKind kind, String key) {
        scheduler.getObject().scheduleIfNotExists(toOne.instance(r.id() + "-" + key,
                new EventTasks.ToOne(r.workspaceId(), r.eventId(), r.id(), kind.key(), key)), Instant.now());
    }

    /** A message to everyone concerned, now. */
    void toAll(Event e, MailKind kind, String key) {
        scheduler.getObject().scheduleIfNotExists(toAll.instance(e.id() + "-" + key,
                new EventTasks.ToAll(e.workspaceId(), e.id(), kind.key(), key, e.startsAt().toEpochMilli())),
                Instant.now());
    }

    /**
     * Plans the reminders of the event as it now is, replacing those planned for how it was; reminders whose time
     * has passed, and those of an event not scheduled, are not planned.
     */
    void planReminders(Event before, Event after) {
        Set<Integer> offsets = new LinkedHashSet<>(after.reminderMinutes());
        if (before != null) {
            offsets.addAll(before.reminderMinutes());
        }
        SchedulerClient client = scheduler.getObject();
        Instant now = Instant.now();
        for (int minutes : offsets) {
            String id = reminderId(after, minutes);
            if (client.getScheduledExecution(TaskInstanceId.of(toAll.getName(), id)).isPresent()) {
                client.cancel(TaskInstanceId.of(toAll.getName(), id));
            }
            Instant at = after.startsAt().minus(Duration.ofMinutes(minutes));
            if (after.status() == EventStatus.SCHEDULED && after.reminderMinutes().contains(minutes)
                    && at.isAfter(now)) {
                client.scheduleIfNotExists(toAll.instance(id, new EventTasks.ToAll(after.workspaceId(), after.id(),
                        MailKind.REMINDER.key(), reminderKey(after, minutes), after.startsAt().toEpochMilli())), at);
            }
        }
    }

    /** Tells those who asked when registration opens; replaces an earlier plan. */
    void planOpening(Event e) {
        SchedulerClient client = scheduler.getObject();
        String id = e.id() + "-opens";
        if (client.getScheduledExecution(TaskInstanceId.of(toAll.getName(), id)).isPresent()) {
            client.cancel(TaskInstanceId.of(toAll.getName(), id));
        }
        if (e.registrationOpensAt() != null && e.registrationOpensAt().isAfter(Instant.now())) {
            client.scheduleIfNotExists(toAll.instance(id, new EventTasks.ToAll(e.workspaceId(), e.id(),
                    MailKind.OPENS.key(), "opens", e.startsAt().toEpochMilli())), e.registrationOpensAt());
        }
    }

    static String reminderKey(Event e, int minutes) {
        return "reminder-" + minutes + "-" + e.startsAt().getEpochSecond();
    }

    private static String reminderId(Event e, int minutes) {
        return e.id() + "-reminder-" + minutes;
    }
}
