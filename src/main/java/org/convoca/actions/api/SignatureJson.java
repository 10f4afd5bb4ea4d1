package org.convoca.actions.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.Signature;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/** A signature as Action Network's API shows one, linked to its petition and its person. */
final class SignatureJson {

    private SignatureJson() {
    }

    static Map<String, Object> of(Signature s, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(s.id()));
        json.put("created_date", Hal.date(s.createdAt()));
        json.put("modified_date", Hal.date(s.modifiedAt()));
        json.put("comments", s.comment());
        json.put("origin_system", s.source().isEmpty() ? "Convoca" : s.source());
        json.put("action_network:person_id", s.personId().toString());
        json.put("action_network:petition_id", s.petitionId().toString());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/petitions/" + s.petitionId() + "/signatures/" + s.id()));
        linkMap.put("osdi:petition", links.link("/petitions/" + s.petitionId()));
        linkMap.put("osdi:person", links.link("/people/" + s.personId()));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
