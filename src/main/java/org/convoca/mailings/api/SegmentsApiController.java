package org.convoca.mailings.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.api.ApiCaller;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Segments;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/segments}: saved segments for scripts, with the same key, paging and errors as the OSDI API. A
 * single segment carries its live count; the collection leaves counts out so that a page stays fast.
 */
@RestController
@OsdiApi
class SegmentsApiController {

    private final Segments segments;
    private final SegmentWrites writes;
    private final Tags tags;
    private final Lists lists;

    SegmentsApiController(Segments segments, SegmentWrites writes, Tags tags, Lists lists) {
        this.segments = segments;
        this.writes = writes;
        this.tags = tags;
        this.lists = lists;
    }

    @GetMapping(SegmentJson.BASE)
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = segments.count(caller.workspaceId());
        List<Map<String, Object>> page = paging.offset() >= total ? List.of()
                : segments.all(caller.workspaceId(), paging.offset(), paging.perPage()).stream()
                        .map(s -> json(caller, s, false, links)).toList();
        return Hal.ok(Hal.collection(SegmentJson.REL, page, paging, total, links));
    }

    @GetMapping(SegmentJson.BASE + "/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(caller, writes.find(caller.workspaceId(), id), true, links));
    }

    @PostMapping(SegmentJson.BASE)
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body, HalLinks links) {
        Segment s = writes.create(caller.workspaceId(), body);
        return ResponseEntity.created(URI.create(links.absolute(SegmentJson.BASE + "/" + s.id())))
                .contentType(Hal.HAL_JSON).body(json(caller, s, true, links));
    }

    @PutMapping(SegmentJson.BASE + "/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            HalLinks links) {
        return Hal.ok(json(caller, writes.update(caller.workspaceId(), id, body), true, links));
    }

    @DeleteMapping(SegmentJson.BASE + "/{id}")
    ResponseEntity<Object> delete(ApiCaller caller, @PathVariable String id) {
        writes.delete(caller.workspaceId(), id);
        return Hal.reply(HttpStatus.OK, Map.of("notice", "The segment was deleted; nobody in it was changed."));
    }

    private Map<String, Object> json(ApiCaller caller, Segment s, boolean withCount, HalLinks links) {
        UUID ws = caller.workspaceId();
        return SegmentJson.segment(s, withCount ? segments.counts(ws, s) : null, (kind, id) -> switch (kind) {
            case TAG -> tags.find(ws, id).map(t -> t.name()).orElse(null);
            case LIST -> lists.find(ws, id).map(l -> l.name()).orElse(null);
            default -> segments.action(ws, kind, id).map(a -> a.name()).orElse(null);
        }, links);
    }
}
