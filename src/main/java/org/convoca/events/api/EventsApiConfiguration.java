package org.convoca.events.api;

import java.util.List;
import org.convoca.api.ApiException;
import org.convoca.api.BackgroundWrite;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the events module publishes through the API: its entry point links and its background writes. */
@Configuration(proxyBeanMethods = false)
class EventsApiConfiguration {

    static final String CREATE_EVENT = "events.create";
    static final String UPDATE_EVENT = "events.update";
    static final String CREATE_ATTENDANCE = "attendances.create";

    @Bean
    EntryPointLinks eventsEntryPointLinks() {
        return () -> List.of(
                new EntryPointLinks.Link("osdi:events", "/events", "The collection of events in the system"),
                new EntryPointLinks.Link("osdi:event_campaigns", "/event_campaigns",
                        "The collection of event campaigns in the system"));
    }

    @Bean
    BackgroundWrite eventsCreate(EventWrites writes) {
        return new BackgroundWrite(CREATE_EVENT, (workspaceId, ids, body) -> writes.create(workspaceId, body));
    }

    @Bean
    BackgroundWrite eventsUpdate(EventWrites writes) {
        return new BackgroundWrite(UPDATE_EVENT, (workspaceId, ids, body) -> writes.update(workspaceId, only(ids),
                body));
    }

    @Bean
    BackgroundWrite attendancesCreate(AttendanceWrites writes) {
        return new BackgroundWrite(CREATE_ATTENDANCE, (workspaceId, ids, body) -> writes.create(workspaceId,
                only(ids), body));
    }

    private static String only(List<String> ids) {
        if (ids.size() != 1) {
            throw ApiException.badRequest("This request names the wrong resource.");
        }
        return ids.getFirst();
    }
}
