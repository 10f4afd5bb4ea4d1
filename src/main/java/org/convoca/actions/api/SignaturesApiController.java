package org.convoca.actions.api;

import java.util.List;
import org.convoca.actions.Petition;
import org.convoca.actions.SignResult;
import org.convoca.actions.Signature;
import org.convoca.actions.Signatures;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Signatures: a petition's ({@code /petitions/{id}/signatures}, where POST is the record signature helper) and a
 * person's ({@code /people/{id}/signatures}), in creation order.
 */
@RestController
@OsdiApi
class SignaturesApiController {

    private static final String PETITION = OsdiApi.BASE + "/petitions/{petitionId}/signatures";
    private static final String PERSON = OsdiApi.BASE + "/people/{personId}/signatures";

    private final PetitionWrites petitions;
    private final SignatureWrites writes;
    private final Signatures signatures;
    private final People people;
    private final BackgroundRequests background;

    SignaturesApiController(PetitionWrites petitions, SignatureWrites writes, Signatures signatures, People people,
            BackgroundRequests background) {
        this.petitions = petitions;
        this.writes = writes;
        this.signatures = signatures;
        this.people = people;
        this.background = background;
    }

    @GetMapping(PETITION)
    ResponseEntity<Object> ofPetition(ApiCaller caller, @PathVariable String petitionId, Paging paging,
            @RequestParam(required = false) String filter, HalLinks links) {
        Petition p = petitions.find(caller.workspaceId(), petitionId);
        return page(caller, Signatures.Scope.petition(p.id()), filter, paging, links);
    }

    @GetMapping(PETITION + "/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String petitionId, @PathVariable String id,
            HalLinks links) {
        Petition p = petitions.find(caller.workspaceId(), petitionId);
        return Hal.ok(SignatureJson.of(writes.find(caller.workspaceId(), p, id), links));
    }

    @PostMapping(PETITION)
    ResponseEntity<Object> create(ApiCaller caller, @PathVariable String petitionId, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            petitions.find(caller.workspaceId(), petitionId);
            return background.submit(caller, ActionsApiConfiguration.CREATE_SIGNATURE, List.of(petitionId), body);
        }
        SignResult signed = writes.create(caller.workspaceId(), petitionId, body);
        return Hal.ok(SignatureJson.of(signed.signature(), links));
    }

    @PutMapping(PETITION + "/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String petitionId, @PathVariable String id,
            @RequestBody JsonNode body, HalLinks links) {
        return Hal.ok(SignatureJson.of(writes.update(caller.workspaceId(), petitionId, id, body), links));
    }

    @GetMapping(PERSON)
    ResponseEntity<Object> ofPerson(ApiCaller caller, @PathVariable String personId, Paging paging,
            @RequestParam(required = false) String filter, HalLinks links) {
        return page(caller, Signatures.Scope.person(person(caller, personId).id()), filter, paging, links);
    }

    @GetMapping(PERSON + "/{id}")
    ResponseEntity<Object> ofPerson(ApiCaller caller, @PathVariable String personId, @PathVariable String id,
            HalLinks links) {
        Person person = person(caller, personId);
        Signature s = Identifiers.parse(id).flatMap(uuid -> signatures.find(caller.workspaceId(), uuid))
                .filter(found -> found.personId().equals(person.id()))
                .orElseThrow(() -> ApiException.notFound("This person has no signature with the identifier "
                        + InlinePerson.shorten(id) + "."));
        return Hal.ok(SignatureJson.of(s, links));
    }

    private ResponseEntity<Object> page(ApiCaller caller, Signatures.Scope scope, String filter, Paging paging,
            HalLinks links) {
        List<ApiFilter.Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, List.of("modified_date"));
        ApiDates modified = ApiDates.of(clauses, "modified_date");
        Signatures.Scope s = scope.modified(modified.after(), modified.before());
        long total = signatures.count(caller.workspaceId(), s);
        List<Signature> page = paging.offset() < total
                ? signatures.page(caller.workspaceId(), s, paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:signatures", page.stream().map(sig -> SignatureJson.of(sig, links))
                .toList(), paging, total, links));
    }

    private Person person(ApiCaller caller, String id) {
        return Identifiers.parse(id).flatMap(uuid -> people.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no person with the identifier "
                        + InlinePerson.shorten(id) + " in this workspace."));
    }
}
