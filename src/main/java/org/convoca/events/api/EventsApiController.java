package org.convoca.events.api;

import java.time.Instant;
import java.util.List;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.ApiFilter;
import org.convoca.api.EntryPointLinks;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.workspace.Workspaces;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/v2/events}: the collection by start, filtered on {@code start_date} or {@code modified_date}, and one event. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/events")
class EventsApiController {

    static final List<String> FILTERS = List.of("start_date", "modified_date");

    private final Events events;
    private final Registrations registrations;
    private final Workspaces workspaces;

    EventsApiController(Events events, Registrations registrations, Workspaces workspaces) {
        this.events = events;
        this.registrations = registrations;
        this.workspaces = workspaces;
    }

    @Bean
    static EntryPointLinks eventsEntryPointLinks() {
        return () -> List.of(new EntryPointLinks.Link("osdi:events", "/events",
                "The collection of events in the system"));
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, FILTERS);
        Instant[] start = window(clauses, "start_date");
        Instant[] modified = window(clauses, "modified_date");
        Events.Window w = new Events.Window(start[0], start[1], modified[0], modified[1]);
        long total = events.count(caller.workspaceId(), w);
        List<Event> page = paging.offset() < total
                ? events.page(caller.workspaceId(), w, paging.offset(), paging.perPage()) : List.of();
        String site = site(caller);
        return Hal.ok(Hal.collection("osdi:events", page.stream().map(e -> EventJson.of(e,
                registrations.count(caller.workspaceId(), e.id(), RegistrationStatus.REGISTERED), site, links))
                .toList(), paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        Event e = Identifiers.parse(id).flatMap(uuid -> events.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no such event."));
        return Hal.ok(EventJson.of(e, registrations.count(caller.workspaceId(), e.id(),
                RegistrationStatus.REGISTERED), site(caller), links));
    }

    /** The [after, before) window a filter on this field names; either end may be open (null). */
    private static Instant[] window(List<ApiFilter.Clause> clauses, String field) {
        Instant after = null;
        Instant before = null;
        for (ApiFilter.Clause c : clauses) {
            if (c.field().equals(field)) {
                switch (c.op()) {
                    case GT -> after = later(after, c.end());
                    case LT -> before = earlier(before, c.instant());
                    case EQ -> {
                        after = later(after, c.instant());
                        before = earlier(before, c.end());
                    }
                }
            }
        }
        return new Instant[] {after, before};
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private String site(ApiCaller caller) {
        String slug = workspaces.findById(caller.workspaceId()).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
