package org.convoca.actions.api;

import java.util.List;
import org.convoca.actions.Petition;
import org.convoca.actions.Petitions;
import org.convoca.actions.SignatureCounts;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiFilter;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
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

/** {@code /api/v2/petitions}: the collection in creation order, one petition, POST to create, PUT to change. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/petitions")
class PetitionsApiController {

    static final List<String> FILTERS = List.of("created_date", "modified_date");

    private final Petitions petitions;
    private final PetitionWrites writes;
    private final SignatureCounts counts;
    private final Workspaces workspaces;
    private final BackgroundRequests background;

    PetitionsApiController(Petitions petitions, PetitionWrites writes, SignatureCounts counts, Workspaces workspaces,
            BackgroundRequests background) {
        this.petitions = petitions;
        this.writes = writes;
        this.counts = counts;
        this.workspaces = workspaces;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, FILTERS);
        ApiDates created = ApiDates.of(clauses, "created_date");
        ApiDates modified = ApiDates.of(clauses, "modified_date");
        Petitions.Window window = new Petitions.Window(created.after(), created.before(), modified.after(),
                modified.before());
        long total = petitions.count(caller.workspaceId(), window);
        List<Petition> page = paging.offset() < total
                ? petitions.page(caller.workspaceId(), window, paging.offset(), paging.perPage()) : List.of();
        String site = site(caller);
        return Hal.ok(Hal.collection("osdi:petitions", page.stream().map(p -> PetitionJson.of(p,
                counts.of(caller.workspaceId(), p.id()), site, links)).toList(), paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(caller, writes.find(caller.workspaceId(), id), links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, ActionsApiConfiguration.CREATE_PETITION, List.of(), body);
        }
        return Hal.ok(json(caller, writes.create(caller.workspaceId(), body), links));
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, ActionsApiConfiguration.UPDATE_PETITION, List.of(id), body);
        }
        return Hal.ok(json(caller, writes.update(caller.workspaceId(), id, body), links));
    }

    private Object json(ApiCaller caller, Petition p, HalLinks links) {
        return PetitionJson.of(p, counts.of(caller.workspaceId(), p.id()), site(caller), links);
    }

    /** Where the workspace's public pages are, on the host the client called. */
    private String site(ApiCaller caller) {
        String slug = workspaces.findById(caller.workspaceId()).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
