package org.convoca.actions.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.PetitionText;
import org.convoca.actions.web.Markdown;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/**
 * A petition as Action Network's API shows one. {@code description} is the HTML a page shows (rendered and
 * sanitized); {@code petition_text} the letter delivered to the target. The other language versions are under
 * {@code convoca:translations}.
 */
final class PetitionJson {

    private PetitionJson() {
    }

    /** @param site the address of the workspace's public pages, such as {@code https://host/unidos} */
    static Map<String, Object> of(Petition p, long total, String site, HalLinks links) {
        PetitionText main = p.text(p.defaultLanguage());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(p.id()));
        json.put("origin_system", p.originSystem().isEmpty() ? "Convoca" : p.originSystem());
        json.put("created_date", Hal.date(p.createdAt()));
        json.put("modified_date", Hal.date(p.modifiedAt()));
        json.put("title", main.title());
        json.put("description", Markdown.html(main.body()));
        json.put("petition_text", main.letter());
        json.put("browser_url", site + "/petitions/" + p.slug());
        if (p.hasImage()) {
            json.put("featured_image_url", site + "/petitions/" + p.slug() + "/image");
        }
        json.put("total_signatures", total);
        json.put("target", p.target().isEmpty() ? List.of() : List.of(Map.of("name", p.target())));
        json.put("action_network:hidden", p.status() == PetitionStatus.DRAFT);
        json.put("convoca:status", p.status().wire());
        json.put("convoca:goal", p.goal());
        json.put("convoca:language", p.defaultLanguage());
        Map<String, Object> translations = new LinkedHashMap<>();
        p.texts().forEach((language, t) -> {
            if (!language.equals(p.defaultLanguage())) {
                translations.put(language, Map.of("title", t.title(), "description", Markdown.html(t.body()),
                        "petition_text", t.letter()));
            }
        });
        json.put("convoca:translations", translations);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/petitions/" + p.id()));
        linkMap.put("osdi:signatures", links.link("/petitions/" + p.id() + "/signatures"));
        linkMap.put("osdi:record_signature_helper", links.link("/petitions/" + p.id() + "/signatures"));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
