package org.convoca.actions.letters.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.letters.Target;
import org.convoca.actions.web.Markdown;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/** An advocacy campaign as Action Network's API shows one: an email campaign with its targets (no addresses). */
final class CampaignJson {

    private CampaignJson() {
    }

    static Map<String, Object> of(LetterCampaign c, List<Target> targets, long total, String site, HalLinks links) {
        LetterText main = c.text(c.defaultLanguage());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(c.id()));
        json.put("origin_system", c.originSystem().isEmpty() ? "Convoca" : c.originSystem());
        json.put("created_date", Hal.date(c.createdAt()));
        json.put("modified_date", Hal.date(c.modifiedAt()));
        json.put("title", main.title());
        json.put("description", Markdown.html(main.body()));
        json.put("browser_url", site + "/letters/" + c.slug());
        json.put("type", "email");
        json.put("total_outreaches", total);
        json.put("targets", targets.stream().map(CampaignJson::target).toList());
        json.put("action_network:hidden", c.status() == PetitionStatus.DRAFT);
        json.put("convoca:status", c.status().wire());
        json.put("convoca:language", c.defaultLanguage());
        json.put("convoca:subject", main.subject());
        json.put("convoca:letter", main.letter());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/advocacy_campaigns/" + c.id()));
        linkMap.put("osdi:outreaches", links.link("/advocacy_campaigns/" + c.id() + "/outreaches"));
        linkMap.put("osdi:record_outreach_helper", links.link("/advocacy_campaigns/" + c.id() + "/outreaches"));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }

    static Map<String, Object> target(Target t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", t.title());
        json.put("name", t.name());
        json.put("convoca:regions", t.regions());
        json.put("convoca:postal_prefixes", t.postalPrefixes());
        return json;
    }
}
