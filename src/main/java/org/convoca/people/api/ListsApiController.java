package org.convoca.people.api;

import java.util.List;
import java.util.Map;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.people.ListItem;
import org.convoca.people.Lists;
import org.convoca.people.PersonList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v2/lists} and the people on each list, read only. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/lists")
class ListsApiController {

    private final Lists lists;

    ListsApiController(Lists lists) {
        this.lists = lists;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = lists.count(caller.workspaceId());
        List<PersonList> page = paging.offset() < total
                ? lists.all(caller.workspaceId(), paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:lists", page.stream().map(l -> TagJson.list(l, links)).toList(), paging,
                total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(TagJson.list(find(caller, id), links));
    }

    @GetMapping("/{id}/items")
    ResponseEntity<Object> items(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        PersonList list = find(caller, id);
        long total = lists.countItems(caller.workspaceId(), list.id());
        List<Map<String, Object>> page = paging.offset() >= total ? List.of()
                : lists.items(caller.workspaceId(), list.id(), paging.offset(), paging.perPage()).stream()
                        .map(i -> TagJson.item(i, links)).toList();
        return Hal.ok(Hal.collection("osdi:items", page, paging, total, links));
    }

    @GetMapping("/{id}/items/{item}")
    ResponseEntity<Object> item(ApiCaller caller, @PathVariable String id, @PathVariable String item,
            HalLinks links) {
        PersonList list = find(caller, id);
        ListItem found = Identifiers.parse(item).flatMap(uuid -> lists.findItem(caller.workspaceId(), uuid))
                .filter(i -> i.listId().equals(list.id()))
                .orElseThrow(() -> ApiException.notFound("This list has no item with that identifier."));
        return Hal.ok(TagJson.item(found, links));
    }

    private PersonList find(ApiCaller caller, String id) {
        return Identifiers.parse(id).flatMap(uuid -> lists.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no list with that identifier in this workspace."));
    }
}
