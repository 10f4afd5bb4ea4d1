package org.convoca.people.api;

import java.util.List;
import java.util.Map;
import org.convoca.api.ApiCaller;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v2/tags} and each tag's taggings. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/tags")
class TagsApiController {

    private final Tags tags;
    private final TagWrites writes;
    private final BackgroundRequests background;

    TagsApiController(Tags tags, TagWrites writes, BackgroundRequests background) {
        this.tags = tags;
        this.writes = writes;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = tags.count(caller.workspaceId());
        List<Tag> page = paging.offset() < total
                ? tags.all(caller.workspaceId(), paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:tags", page.stream().map(t -> TagJson.tag(t, links)).toList(), paging,
                total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(TagJson.tag(writes.find(caller.workspaceId(), id), links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, PeopleApiConfiguration.CREATE_TAG, List.of(), body);
        }
        return Hal.ok(TagJson.tag(writes.create(caller.workspaceId(), body), links));
    }

    @GetMapping("/{id}/taggings")
    ResponseEntity<Object> taggings(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        Tag tag = writes.find(caller.workspaceId(), id);
        long total = tags.countTaggings(caller.workspaceId(), tag.id());
        List<Map<String, Object>> page = paging.offset() >= total ? List.of()
                : tags.taggings(caller.workspaceId(), tag.id(), paging.offset(), paging.perPage()).stream()
                        .map(t -> TagJson.tagging(t, links)).toList();
        return Hal.ok(Hal.collection("osdi:taggings", page, paging, total, links));
    }

    @GetMapping("/{id}/taggings/{tagging}")
    ResponseEntity<Object> tagging(ApiCaller caller, @PathVariable String id, @PathVariable String tagging,
            HalLinks links) {
        return Hal.ok(TagJson.tagging(writes.tagging(caller.workspaceId(), id, tagging), links));
    }

    @PostMapping("/{id}/taggings")
    ResponseEntity<Object> tag(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, PeopleApiConfiguration.TAG, List.of(id), body);
        }
        return Hal.ok(TagJson.tagging(writes.tag(caller.workspaceId(), id, body), links));
    }

    @DeleteMapping("/{id}/taggings/{tagging}")
    ResponseEntity<Object> untag(ApiCaller caller, @PathVariable String id, @PathVariable String tagging,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later) {
        if (later) {
            writes.tagging(caller.workspaceId(), id, tagging);
            return background.submit(caller, PeopleApiConfiguration.UNTAG, List.of(id, tagging), null);
        }
        writes.untag(caller.workspaceId(), id, tagging);
        return Hal.ok(Map.of("notice", "This tagging was successfully deleted."));
    }
}
