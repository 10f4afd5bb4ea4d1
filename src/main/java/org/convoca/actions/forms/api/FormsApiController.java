package org.convoca.actions.forms.api;

import java.util.List;
import org.convoca.actions.api.ApiDates;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.Submissions;
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

/** {@code /api/v2/forms}: the collection in creation order, one form, POST to create, PUT to change. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/forms")
class FormsApiController {

    private final Forms forms;
    private final FormWrites writes;
    private final Submissions submissions;
    private final Workspaces workspaces;
    private final BackgroundRequests background;

    FormsApiController(Forms forms, FormWrites writes, Submissions submissions, Workspaces workspaces,
            BackgroundRequests background) {
        this.forms = forms;
        this.writes = writes;
        this.submissions = submissions;
        this.workspaces = workspaces;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, List.of("modified_date"));
        ApiDates modified = ApiDates.of(clauses, "modified_date");
        long total = forms.count(caller.workspaceId(), modified.after(), modified.before());
        List<Form> page = paging.offset() < total ? forms.page(caller.workspaceId(), modified.after(),
                modified.before(), paging.offset(), paging.perPage()) : List.of();
        String site = site(caller);
        return Hal.ok(Hal.collection("osdi:forms", page.stream().map(f -> FormJson.of(f, count(caller, f), site,
                links)).toList(), paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        Form f = writes.find(caller.workspaceId(), id);
        return Hal.ok(FormJson.of(f, count(caller, f), site(caller), links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, FormsApiConfiguration.CREATE_FORM, List.of(), body);
        }
        Form f = writes.create(caller.workspaceId(), body);
        return Hal.ok(FormJson.of(f, 0, site(caller), links));
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, FormsApiConfiguration.UPDATE_FORM, List.of(id), body);
        }
        Form f = writes.update(caller.workspaceId(), id, body);
        return Hal.ok(FormJson.of(f, count(caller, f), site(caller), links));
    }

    private long count(ApiCaller caller, Form f) {
        return submissions.count(caller.workspaceId(), Submissions.Scope.form(f.id()));
    }

    /** Where the workspace's public pages are, on the host the client called. */
    private String site(ApiCaller caller) {
        String slug = workspaces.findById(caller.workspaceId()).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
