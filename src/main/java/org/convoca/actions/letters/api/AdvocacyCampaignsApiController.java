package org.convoca.actions.letters.api;

import java.util.List;
import java.util.Map;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.letters.Targets;
import org.convoca.api.ApiCaller;
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

/** {@code /api/v2/advocacy_campaigns}: the collection in creation order, one campaign, POST, PUT. */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/advocacy_campaigns")
class AdvocacyCampaignsApiController {

    private final LetterCampaigns campaigns;
    private final CampaignWrites writes;
    private final Targets targets;
    private final Outreaches outreaches;
    private final Workspaces workspaces;
    private final BackgroundRequests background;

    AdvocacyCampaignsApiController(LetterCampaigns campaigns, CampaignWrites writes, Targets targets,
            Outreaches outreaches, Workspaces workspaces, BackgroundRequests background) {
        this.campaigns = campaigns;
        this.writes = writes;
        this.targets = targets;
        this.outreaches = outreaches;
        this.workspaces = workspaces;
        this.background = background;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = campaigns.count(caller.workspaceId());
        List<LetterCampaign> page = paging.offset() < total
                ? campaigns.page(caller.workspaceId(), false, paging.offset(), paging.perPage()) : List.of();
        String site = site(caller);
        return Hal.ok(Hal.collection("osdi:advocacy_campaigns", page.stream().map(c -> json(caller, c, site, links))
                .toList(), paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(caller, writes.find(caller.workspaceId(), id), site(caller), links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            return background.submit(caller, LettersApiConfiguration.CREATE_CAMPAIGN, List.of(), body);
        }
        return Hal.ok(json(caller, writes.create(caller.workspaceId(), body), site(caller), links));
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> update(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body,
            @RequestParam(name = "background_request", defaultValue = "false") boolean later, HalLinks links) {
        if (later) {
            writes.find(caller.workspaceId(), id);
            return background.submit(caller, LettersApiConfiguration.UPDATE_CAMPAIGN, List.of(id), body);
        }
        return Hal.ok(json(caller, writes.update(caller.workspaceId(), id, body), site(caller), links));
    }

    private Map<String, Object> json(ApiCaller caller, LetterCampaign c, String site, HalLinks links) {
        return CampaignJson.of(c, targets.of(caller.workspaceId(), c.id()), outreaches.count(caller.workspaceId(),
                new Outreaches.Scope(c.id(), null)), site, links);
    }

    private String site(ApiCaller caller) {
        String slug = workspaces.findById(caller.workspaceId()).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
