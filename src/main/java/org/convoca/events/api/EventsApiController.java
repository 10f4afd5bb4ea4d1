package org.convoca.events.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiFilter;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.campaign.Campaigns;
import org.convoca.events.details.EventDetails;
import org.convoca.workspace.Workspaces;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** {@code /api/v2/events}: the collection in creation order, one event, POST to create, PUT to change. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/events")
class EventsApiController {

    private final Events events;
    private final EventWrites writes;
    private final EventWindow window;
    private final EventDetails details;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final Workspaces workspaces;
    private final BackgroundRequests background;

    EventsApiController(Events events, EventWrites writes, EventWindow window, EventDetails details,
            Registrations registrations, Campaigns campaigns, Workspaces workspaces, BackgroundRequests background) {
        this.events = events;
        this.writes = writes;
        this.window = window;
        this.details = details;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.workspaces = workspaces;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, EventWindow.FILTERS);
        List<EventWindow.Bound> bounds = EventWindow.bounds(clauses);
        long total = window.count(caller.workspaceId(), bounds);
        List<UUID> ids = paging.offset() < total
                ? window.page(caller.workspaceId(), bounds, paging.offset(), paging.perPage()) : List.of();
        String site = site(caller.workspaceId());
        return Hal.ok(Hal.collection("osdi:events", ids.stream()
                .flatMap(id -> events.find(caller.workspaceId(), id).stream())
                .map(e -> json(e, site, links, true)).toList(), paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(writes.find(caller.workspaceId(), id), site(caller.workspaceId()), links, true));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, EventsApiConfiguration.CREATE_EVENT, List.of(), body);
        }
        return Hal.ok(json(writes.create(caller.workspaceId(), body), site(caller.workspaceId()), links, true));
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, EventsApiConfiguration.UPDATE_EVENT, List.of(id), body);
        }
        return Hal.ok(json(writes.update(caller.workspaceId(), id, body), site(caller.workspaceId()), links, true));
    }

    java.util.Map<String, Object> json(Event e, String site, HalLinks links, boolean own) {
        Optional<UUID> campaign = campaigns.campaignOf(e.workspaceId(), e.id());
        return EventJson.of(e, details.of(e.workspaceId(), e.id()),
                registrations.count(e.workspaceId(), e.id(), RegistrationStatus.REGISTERED), campaign, site, links,
                own);
    }

    /** Where a workspace's public pages are, on the host the client called. */
    String site(UUID workspaceId) {
        String slug = workspaces.findById(workspaceId).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
