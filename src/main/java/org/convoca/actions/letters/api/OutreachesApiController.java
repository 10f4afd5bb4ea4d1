package org.convoca.actions.letters.api;

import java.util.List;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.Outreach;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.letters.WriteResult;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
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
 * Outreaches: a campaign's ({@code /advocacy_campaigns/{id}/outreaches}, where POST is the record outreach helper)
 * and a person's ({@code /people/{id}/outreaches}), in creation order.
 */
@RestController
@OsdiApi
class OutreachesApiController {

    private static final String CAMPAIGN = OsdiApi.BASE + "/advocacy_campaigns/{campaignId}/outreaches";
    private static final String PERSON = OsdiApi.BASE + "/people/{personId}/outreaches";

    private final CampaignWrites campaigns;
    private final OutreachWrites writes;
    private final Outreaches outreaches;
    private final People people;
    private final BackgroundRequests background;

    OutreachesApiController(CampaignWrites campaigns, OutreachWrites writes, Outreaches outreaches, People people,
            BackgroundRequests background) {
        this.campaigns = campaigns;
        this.writes = writes;
        this.outreaches = outreaches;
        this.people = people;
        this.background = background;
    }

    @GetMapping(CAMPAIGN)
    ResponseEntity<Object> ofCampaign(ApiCaller caller, @PathVariable String campaignId, Paging paging,
            HalLinks links) {
        LetterCampaign c = campaigns.find(caller.workspaceId(), campaignId);
        return page(caller, new Outreaches.Scope(c.id(), null), paging, links);
    }

    @GetMapping(CAMPAIGN + "/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String campaignId, @PathVariable String id,
            HalLinks links) {
        Outreach o = writes.find(caller.workspaceId(), campaigns.find(caller.workspaceId(), campaignId), id);
        return Hal.ok(OutreachJson.of(o, outreaches.letters(caller.workspaceId(), o.id()), links));
    }

    @PostMapping(CAMPAIGN)
    ResponseEntity<Object> create(ApiCaller caller, @PathVariable String campaignId, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            campaigns.find(caller.workspaceId(), campaignId);
            return background.submit(caller, LettersApiConfiguration.CREATE_OUTREACH, List.of(campaignId), body);
        }
        WriteResult r = writes.create(caller.workspaceId(), campaignId, body);
        return Hal.ok(OutreachJson.of(r.outreach(), outreaches.letters(caller.workspaceId(), r.outreach().id()),
                links));
    }

    @GetMapping(PERSON)
    ResponseEntity<Object> ofPerson(ApiCaller caller, @PathVariable String personId, Paging paging,
            HalLinks links) {
        Person person = Identifiers.parse(personId).flatMap(uuid -> people.find(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no person with the identifier "
                        + InlinePerson.shorten(personId) + " in this workspace."));
        return page(caller, new Outreaches.Scope(null, person.id()), paging, links);
    }

    private ResponseEntity<Object> page(ApiCaller caller, Outreaches.Scope scope, Paging paging, HalLinks links) {
        long total = outreaches.count(caller.workspaceId(), scope);
        List<Outreach> page = paging.offset() < total
                ? outreaches.page(caller.workspaceId(), scope, paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:outreaches", page.stream().map(o -> OutreachJson.of(o,
                outreaches.letters(caller.workspaceId(), o.id()), links)).toList(), paging, total, links));
    }
}
