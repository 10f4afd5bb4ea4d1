package org.convoca.events;

import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to events, with its consequences: reminders planned and re-planned, registrants told of a new
 * time or place (with an updated calendar entry) or of a cancellation, and, when seats are added, the wait list
 * moved up. Each change and its mail are committed together or not at all.
 */
@Service
public class Organizing {

    private final Events events;
    private final EventMailQueue queue;
    private final Registering registering;

    Organizing(Events events, EventMailQueue queue, Registering registering) {
        this.events = events;
        this.queue = queue;
        this.registering = registering;
    }

    @Transactional
    public Event create(UUID workspaceId, Event draft) {
        Event e = events.create(workspaceId, draft);
        queue.planReminders(null, e);
        queue.planOpening(e);
        return e;
    }

    /**
     * Saves the staff's changes. A new time or place raises the sequence and tells everyone registered or waiting;
     * other changes (wording, capacity) are saved quietly.
     */
    @Transactional
    public Event update(Event before, Event changed) {
        boolean tell = !before.startsAt().equals(changed.startsAt()) || !before.endsAt().equals(changed.endsAt())
                || !before.timeZone().equals(changed.timeZone()) || !Objects.equals(before.joinUrl(), changed.joinUrl())
                || !Objects.equals(before.address(), changed.address());
        Event saved = events.update(new Event(changed.id(), before.workspaceId(), changed.slug(), before.status(),
                changed.visibility(), changed.defaultLanguage(), changed.startsAt(), changed.endsAt(),
                changed.timeZone(), changed.extraZones(), changed.joinUrl(), changed.address(), changed.capacity(),
                changed.registrationOpensAt(), changed.reminderMinutes(),
                before.sequence() + (tell && before.status() == EventStatus.SCHEDULED ? 1 : 0), before.hasImage(),
                changed.texts(), changed.questions(), before.createdAt(), before.modifiedAt()));
        if (tell && saved.status() == EventStatus.SCHEDULED) {
            queue.toAll(saved, MailKind.CHANGED, "changed-" + saved.sequence());
        }
        queue.planReminders(before, saved);
        queue.planOpening(saved);
        registering.fillSeats(saved);
        return saved;
    }

    /** Cancels, postpones or reinstates the event and tells everyone registered or waiting. */
    @Transactional
    public Event setStatus(Event before, EventStatus status) {
        if (before.status() == status) {
            return before;
        }
        Event saved = events.update(before.with(status, before.sequence() + 1));
        MailKind kind = switch (status) {
            case CANCELLED -> MailKind.CANCELLED;
            case POSTPONED -> MailKind.POSTPONED;
            case SCHEDULED -> MailKind.CHANGED;
        };
        queue.toAll(saved, kind, kind.key() + "-" + saved.sequence());
        queue.planReminders(before, saved);
        return saved;
    }
}
