package org.convoca.events.api;

import java.util.List;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.ApiFilter;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.events.Event;
import org.convoca.events.Registrant;
import org.convoca.events.Registration;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.attendance.Attendance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v2/events/{id}/attendances}: an event's registrations in the order people came, one of them, and
 * POST, the record attendance helper.
 */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/events/{eventId}/attendances")
class AttendancesApiController {

    private final EventWrites events;
    private final AttendanceWrites writes;
    private final Registrations registrations;
    private final Attendance attendance;
    private final BackgroundRequests background;

    AttendancesApiController(EventWrites events, AttendanceWrites writes, Registrations registrations,
            Attendance attendance, BackgroundRequests background) {
        this.events = events;
        this.writes = writes;
        this.registrations = registrations;
        this.attendance = attendance;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, @PathVariable String eventId, Paging paging,
            @RequestParam(required = false) String filter, HalLinks links) {
        Event e = events.find(caller.workspaceId(), eventId);
        ApiFilter.allow(ApiFilter.parse(filter), List.of());
        long total = 0;
        for (RegistrationStatus s : RegistrationStatus.values()) {
            total += registrations.count(caller.workspaceId(), e.id(), s);
        }
        List<Registrant> page = paging.offset() < total
                ? registrations.page(caller.workspaceId(), e.id(), paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:attendances", page.stream().map(r -> AttendanceJson.of(r.registration(),
                attendance.attended(caller.workspaceId(), e.id(), r.registration().personId()), links)).toList(),
                paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String eventId, @PathVariable String id,
            HalLinks links) {
        Event e = events.find(caller.workspaceId(), eventId);
        Registration r = Identifiers.parse(id).flatMap(uuid -> registrations.find(caller.workspaceId(), uuid))
                .filter(found -> found.eventId().equals(e.id()))
                .orElseThrow(() -> ApiException.notFound("There is no attendance with the identifier "
                        + EventWrites.shorten(id) + " at this event."));
        return Hal.ok(AttendanceJson.of(r, attendance.attended(caller.workspaceId(), e.id(), r.personId()), links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @PathVariable String eventId, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            events.find(caller.workspaceId(), eventId);
            return background.submit(caller, EventsApiConfiguration.CREATE_ATTENDANCE, List.of(eventId), body);
        }
        Registration r = writes.create(caller.workspaceId(), eventId, body);
        return Hal.ok(AttendanceJson.of(r, attendance.attended(caller.workspaceId(), r.eventId(), r.personId()),
                links));
    }
}
