package org.convoca.actions.forms.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.api.ApiDates;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.SubmitResult;
import org.convoca.actions.forms.Submission;
import org.convoca.actions.forms.Submissions;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.ApiFilter;
import org.convoca.api.BackgroundRequests;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Submissions: a form's ({@code /forms/{id}/submissions}, where POST is the record submission helper) and a
 * person's ({@code /people/{id}/submissions}), in creation order.
 */
@RestController
@OsdiApi
class SubmissionsApiController {

    private static final String FORM = OsdiApi.BASE + "/forms/{formId}/submissions";
    private static final String PERSON = OsdiApi.BASE + "/people/{personId}/submissions";

    private final FormWrites forms;
    private final Forms allForms;
    private final SubmissionWrites writes;
    private final Submissions submissions;
    private final People people;
    private final BackgroundRequests background;

    SubmissionsApiController(FormWrites forms, Forms allForms, SubmissionWrites writes, Submissions submissions,
            People people, BackgroundRequests background) {
        this.forms = forms;
        this.allForms = allForms;
        this.writes = writes;
        this.submissions = submissions;
        this.people = people;
        this.background = background;
    }

    @GetMapping(FORM)
    ResponseEntity<Object> ofForm(ApiCaller caller, @PathVariable String formId, Paging paging,
            @RequestParam(required = false) String filter, HalLinks links) {
        Form f = forms.find(caller.workspaceId(), formId);
        return page(caller, Submissions.Scope.form(f.id()), filter, paging, links);
    }

    @GetMapping(FORM + "/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String formId, @PathVariable String id,
            HalLinks links) {
        Form f = forms.find(caller.workspaceId(), formId);
        Submission s = writes.find(caller.workspaceId(), f, id);
        return Hal.ok(SubmissionJson.of(s, f, submissions.answers(caller.workspaceId(), s.id()), links));
    }

    @PostMapping(FORM)
    ResponseEntity<Object> create(ApiCaller caller, @PathVariable String formId, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            forms.find(caller.workspaceId(), formId);
            return background.submit(caller, FormsApiConfiguration.CREATE_SUBMISSION, List.of(formId), body);
        }
        SubmitResult r = writes.create(caller.workspaceId(), formId, body);
        Form f = forms.find(caller.workspaceId(), formId);
        return Hal.ok(SubmissionJson.of(r.submission(), f, submissions.answers(caller.workspaceId(),
                r.submission().id()), links));
    }

    @GetMapping(PERSON)
    ResponseEntity<Object> ofPerson(ApiCaller caller, @PathVariable String personId, Paging paging,
            @RequestParam(required = false) String filter, HalLinks links) {
        Person person = Identifiers.parse(personId).flatMap(uuid -> people.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no person with the identifier "
                        + InlinePerson.shorten(personId) + " in this workspace."));
        return page(caller, Submissions.Scope.person(person.id()), filter, paging, links);
    }

    private ResponseEntity<Object> page(ApiCaller caller, Submissions.Scope scope, String filter, Paging paging,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, List.of("modified_date"));
        ApiDates modified = ApiDates.of(clauses, "modified_date");
        Submissions.Scope s = scope.modified(modified.after(), modified.before());
        long total = submissions.count(caller.workspaceId(), s);
        List<Submission> page = paging.offset() < total
                ? submissions.page(caller.workspaceId(), s, paging.offset(), paging.perPage()) : List.of();
        Map<UUID, Form> formsById = new HashMap<>();
        return Hal.ok(Hal.collection("osdi:submissions", page.stream().map(sub -> SubmissionJson.of(sub,
                formsById.computeIfAbsent(sub.formId(), id -> allForms.find(caller.workspaceId(), id).orElse(null)),
                submissions.answers(caller.workspaceId(), sub.id()), links)).toList(), paging, total, links));
    }
}
