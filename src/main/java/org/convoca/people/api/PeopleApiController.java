package org.convoca.people.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.api.ApiCaller;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v2/people}: the collection in creation order, one person, PUT as a merge, and the signup helper. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/people")
class PeopleApiController {

    private final People people;
    private final Tags tags;
    private final PersonWrites writes;
    private final BackgroundRequests background;

    PeopleApiController(People people, Tags tags, PersonWrites writes, BackgroundRequests background) {
        this.people = people;
        this.tags = tags;
        this.writes = writes;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        Optional<PeopleQuery> query = PeopleFilters.query(filter);
        long total = query.map(q -> people.count(caller.workspaceId(), q)).orElse(0L);
        List<Person> page = query.filter(q -> paging.offset() < total)
                .map(q -> people.page(caller.workspaceId(), q, paging.offset(), paging.perPage())).orElse(List.of());
        return Hal.ok(Hal.collection("osdi:people", page.stream().map(p -> PersonJson.of(p, links)).toList(),
                paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(PersonJson.of(writes.find(caller.workspaceId(), id), links));
    }

    @PostMapping
    ResponseEntity<Object> signup(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, PeopleApiConfiguration.SIGNUP, List.of(), body);
        }
        return Hal.ok(PersonJson.of(writes.signup(caller.workspaceId(), body), links));
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, PeopleApiConfiguration.UPDATE, List.of(id), body);
        }
        return Hal.ok(PersonJson.of(writes.update(caller.workspaceId(), id, body), links));
    }

    /** The person's taggings; a person carries few tags, so they are paged in memory. */
    @GetMapping("/{id}/taggings")
    ResponseEntity<Object> taggings(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        Person person = writes.find(caller.workspaceId(), id);
        List<Tag> all = tags.of(caller.workspaceId(), person.id());
        List<Map<String, Object>> page = new ArrayList<>();
        for (long i = paging.offset(); i < all.size() && page.size() < paging.perPage(); i++) {
            Tag tag = all.get((int) i);
            tags.findTagging(caller.workspaceId(), tag.id(), person.id())
                    .ifPresent(t -> page.add(TagJson.tagging(t, links)));
        }
        return Hal.ok(Hal.collection("osdi:taggings", page, paging, all.size(), links));
    }
}
