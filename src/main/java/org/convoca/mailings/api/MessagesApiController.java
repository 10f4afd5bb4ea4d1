package org.convoca.mailings.api;

import java.util.List;
import java.util.Map;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingStatistics;
import org.convoca.mailings.MailingStatus;
import org.convoca.mailings.Mailings;
import org.convoca.mailings.Sending;
import org.convoca.mailings.Tracking;
import org.convoca.mailings.Wrappers;
import org.convoca.workspace.Workspaces;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v2/messages} with its send and schedule helpers, and {@code /api/v2/wrappers}. */
@RestController
@OsdiApi
class MessagesApiController {

    private final Mailings mailings;
    private final MessageWrites writes;
    private final Sending sending;
    private final MailingStatistics statistics;
    private final Wrappers wrappers;
    private final Workspaces workspaces;
    private final Tracking tracking;

    MessagesApiController(Mailings mailings, MessageWrites writes, Sending sending, MailingStatistics statistics,
            Wrappers wrappers, Workspaces workspaces, Tracking tracking) {
        this.mailings = mailings;
        this.writes = writes;
        this.sending = sending;
        this.statistics = statistics;
        this.wrappers = wrappers;
        this.workspaces = workspaces;
        this.tracking = tracking;
    }

    @GetMapping(OsdiApi.BASE + "/messages")
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = mailings.count(caller.workspaceId());
        List<Map<String, Object>> page = paging.offset() >= total ? List.of()
                : mailings.page(caller.workspaceId(), paging.offset(), paging.perPage()).stream()
                        .map(m -> json(caller, mailings.find(caller.workspaceId(), m.id()).orElse(m), links))
                        .toList();
        return Hal.ok(Hal.collection("osdi:messages", page, paging, total, links));
    }

    @GetMapping(OsdiApi.BASE + "/messages/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(caller, writes.find(caller.workspaceId(), id), links));
    }

    @PostMapping(OsdiApi.BASE + "/messages")
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body, HalLinks links) {
        return Hal.ok(json(caller, writes.create(caller.workspaceId(), language(caller), body), links));
    }

    @PutMapping(OsdiApi.BASE + "/messages/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            HalLinks links) {
        return Hal.ok(json(caller, writes.update(caller.workspaceId(), language(caller), id, body), links));
    }

    /** The send helper: starts sending at once to the message's targets. */
    @PostMapping(OsdiApi.BASE + "/messages/{id}/send")
    ResponseEntity<Object> send(ApiCaller caller, @PathVariable String id, HalLinks links) {
        Mailing m = writes.find(caller.workspaceId(), id);
        refused(() -> sending.start(caller.workspaceId(), m.id()));
        return one(caller, id, links);
    }

    /** The schedule helper: {@code {"scheduled_start_date": "2025-11-05T15:00:00Z"}}. */
    @PostMapping(OsdiApi.BASE + "/messages/{id}/schedule")
    ResponseEntity<Object> schedule(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            HalLinks links) {
        Mailing m = writes.find(caller.workspaceId(), id);
        var at = MessageWrites.date(body, "scheduled_start_date");
        refused(() -> {
            sending.schedule(caller.workspaceId(), m.id(), at);
            return null;
        });
        return one(caller, id, links);
    }

    @GetMapping(OsdiApi.BASE + "/wrappers")
    ResponseEntity<Object> wrappers(ApiCaller caller, Paging paging, HalLinks links) {
        long total = wrappers.count(caller.workspaceId());
        List<Map<String, Object>> page = paging.offset() >= total ? List.of()
                : wrappers.all(caller.workspaceId(), paging.offset(), paging.perPage()).stream()
                        .map(w -> MessageJson.wrapper(w, links)).toList();
        return Hal.ok(Hal.collection("osdi:wrappers", page, paging, total, links));
    }

    @GetMapping(OsdiApi.BASE + "/wrappers/{id}")
    ResponseEntity<Object> wrapper(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(MessageJson.wrapper(org.convoca.api.Identifiers.parse(id)
                .flatMap(uuid -> wrappers.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no wrapper with that identifier in this "
                        + "workspace.")), links));
    }

    /** While a send runs, clients poll: its counters answer then, and the full statistics once it is over. */
    private Map<String, Object> json(ApiCaller caller, Mailing m, HalLinks links) {
        boolean running = m.status() == MailingStatus.SENDING || m.status() == MailingStatus.PAUSED;
        List<MailingStatistics.Line> lines = running ? List.of(new MailingStatistics.Line("", m.progress().recipients(),
                m.progress().sent(), m.progress().failed(), m.progress().skipped(), 0, 0, 0, 0, 0))
                : statistics.of(caller.workspaceId(), m.id());
        return MessageJson.message(m, language(caller), lines, tracking.tracked(caller.workspaceId(), m.id()), links);
    }

    private String language(ApiCaller caller) {
        return workspaces.findById(caller.workspaceId()).map(w -> w.defaultLanguage()).orElse("en");
    }

    private static void refused(java.util.function.Supplier<Object> action) {
        try {
            action.get();
        } catch (InvalidMailingException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
