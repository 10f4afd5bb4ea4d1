package org.convoca.actions.letters.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.letters.Outreach;
import org.convoca.actions.letters.OutreachLetter;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/** An outreach as Action Network's API shows one, with whom it went to and whether each copy was delivered. */
final class OutreachJson {

    private OutreachJson() {
    }

    static Map<String, Object> of(Outreach o, List<OutreachLetter> letters, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(o.id()));
        json.put("created_date", Hal.date(o.createdAt()));
        json.put("modified_date", Hal.date(o.modifiedAt()));
        json.put("origin_system", o.source().isEmpty() ? "Convoca" : o.source());
        json.put("type", "email");
        json.put("subject", o.subject());
        json.put("message", o.message());
        json.put("targets", letters.stream().map(l -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("title", l.title());
            t.put("name", l.name());
            t.put("convoca:delivered", l.sentAt() != null);
            return t;
        }).toList());
        json.put("action_network:person_id", o.personId().toString());
        json.put("action_network:advocacy_campaign_id", o.campaignId().toString());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/advocacy_campaigns/" + o.campaignId() + "/outreaches/" + o.id()));
        linkMap.put("osdi:advocacy_campaign", links.link("/advocacy_campaigns/" + o.campaignId()));
        linkMap.put("osdi:person", links.link("/people/" + o.personId()));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
