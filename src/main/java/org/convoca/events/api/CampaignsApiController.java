package org.convoca.events.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.ApiFilter;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.events.Events;
import org.convoca.events.campaign.Campaign;
import org.convoca.events.campaign.CampaignEvent;
import org.convoca.events.campaign.Campaigns;
import org.convoca.shared.web.SafeMarkdown;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/event_campaigns}: the workspace's campaigns, newest first, one campaign (also one it was invited
 * to), and its events — partners' events too, without their instructions.
 */
@RestController
@OsdiApi
@RequestMapping(OsdiApi.BASE + "/event_campaigns")
class CampaignsApiController {

    private final Campaigns campaigns;
    private final Events events;
    private final EventsApiController eventJson;

    CampaignsApiController(Campaigns campaigns, Events events, EventsApiController eventJson) {
        this.campaigns = campaigns;
        this.events = events;
        this.eventJson = eventJson;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, @RequestParam(required = false) String filter,
            HalLinks links) {
        ApiFilter.allow(ApiFilter.parse(filter), List.of());
        long total = campaigns.countOwnedBy(caller.workspaceId());
        List<Campaign> page = paging.offset() < total
                ? campaigns.ownedBy(caller.workspaceId(), paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("osdi:event_campaigns", page.stream().map(c -> json(c, links)).toList(),
                paging, total, links));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id, HalLinks links) {
        return Hal.ok(json(find(caller, id), links));
    }

    @GetMapping("/{id}/events")
    ResponseEntity<Object> events(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        Campaign c = find(caller, id);
        List<CampaignEvent> all = campaigns.events(c, c.defaultLanguage());
        List<CampaignEvent> page = paging.offset() < all.size() ? all.subList((int) paging.offset(),
                (int) Math.min(all.size(), paging.offset() + paging.perPage())) : List.of();
        return Hal.ok(Hal.collection("osdi:events", page.stream()
                .flatMap(e -> events.find(e.workspaceId(), e.eventId()).stream())
                .map(e -> eventJson.json(e, eventJson.site(e.workspaceId()), links,
                        e.workspaceId().equals(caller.workspaceId()))).toList(), paging, all.size(), links));
    }

    private Campaign find(ApiCaller caller, String id) {
        return Identifiers.parse(id).flatMap(uuid -> campaigns.findVisibleTo(caller.workspaceId(), uuid))
                .orElseThrow(() -> ApiException.notFound("There is no event campaign with the identifier "
                        + EventWrites.shorten(id) + " in this workspace."));
    }

    private Map<String, Object> json(Campaign c, HalLinks links) {
        Campaign.Text t = c.text(c.defaultLanguage());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(c.id()));
        json.put("origin_system", "Convoca");
        json.put("created_date", Hal.date(c.createdAt()));
        json.put("modified_date", Hal.date(c.modifiedAt()));
        json.put("title", t.title());
        json.put("description", SafeMarkdown.html(t.description()));
        json.put("browser_url", eventJson.site(c.workspaceId()) + "/event-campaigns/" + c.slug());
        json.put("total_events", campaigns.count(c));
        json.put("convoca:language", c.defaultLanguage());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/event_campaigns/" + c.id()));
        linkMap.put("osdi:events", links.link("/event_campaigns/" + c.id() + "/events"));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
