package org.convoca.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mailings.ActionTakers;
import org.convoca.mailings.Segment;
import org.springframework.stereotype.Component;

/**
 * Lets segments select the people who attended an event (checked in, uploaded or sent through the API), through
 * the attendance table's (event, person) key. Registering is not attending: only recorded attendance counts.
 */
@Component
class EventAttendees implements ActionTakers {

    private final Events events;

    EventAttendees(Events events) {
        this.events = events;
    }

    @Override
    public Segment.Kind kind() {
        return Segment.Kind.ATTENDED_EVENT;
    }

    @Override
    public List<Action> actions(UUID workspaceId, int limit) {
        return events.newest(workspaceId, 0, limit).stream().map(EventAttendees::action).toList();
    }

    @Override
    public Optional<Action> find(UUID workspaceId, UUID actionId) {
        return events.find(workspaceId, actionId).map(EventAttendees::action);
    }

    @Override
    public String tookIt() {
        return "EXISTS (SELECT 1 FROM event_attendance a WHERE a.person_id = p.id AND a.workspace_id = ? "
                + "AND a.event_id = ?)";
    }

    /** Named with its date, since a series of events often shares one title. */
    private static Action action(Event e) {
        String title = e.title().isBlank() ? e.slug() : e.title();
        return new Action(e.id(), title + " (" + e.startsAt().atZone(e.zone()).toLocalDate() + ")");
    }
}
