package org.convoca.actions.signon.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.signon.Candidate;
import org.convoca.actions.signon.LetterText;
import org.convoca.actions.signon.Listing;
import org.convoca.actions.signon.Signatory;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.api.Hal;

/** The JSON of sign-on letters and their parts, with absolute links under {@code base} ({@code .../api/v1}). */
final class SignonJson {

    private SignonJson() {
    }

    static Map<String, Object> letter(SignonLetter l, long signatories, String base, String site) {
        String self = base + "/signon-letters/" + l.id();
        LetterText t = l.text(l.defaultLanguage());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(l.id()).subList(0, 1));
        json.put("title", t.title());
        json.put("addressee", l.addressee());
        json.put("body", t.body());
        json.put("demands", t.demandList());
        json.put("status", l.status().wire());
        json.put("deadline", l.deadline() == null ? null : Hal.date(l.deadline()));
        json.put("signers", l.signers().wire());
        json.put("moderated", l.moderated());
        json.put("group_by_scope", l.groupByScope());
        json.put("language", l.defaultLanguage());
        json.put("languages", l.languages());
        json.put("total_signatories", signatories);
        json.put("browser_url", site + "/sign-on/" + l.slug());
        json.put("created_date", Hal.date(l.createdAt()));
        json.put("modified_date", Hal.date(l.modifiedAt()));
        json.put("_links", Map.of("self", link(self), "signatures", link(self + "/signatures"),
                "signatories", link(self + "/signatories"), "duplicate_candidates", link(self + "/duplicate-candidates")));
        return json;
    }

    static Map<String, Object> signature(SignonSignature s, boolean counted, String letterUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(s.id()).subList(0, 1));
        json.put("type", s.organization() ? "organization" : "individual");
        json.put("status", s.status().wire());
        json.put("new", counted);
        if (s.organization()) {
            json.put("organization", Map.of("name", s.orgName(), "locality", s.locality(), "region", s.region(),
                    "scope", s.scope(), "website", s.website()));
        }
        json.put("created_date", Hal.date(s.createdAt()));
        json.put("_links", Map.of("osdi:signon_letter", link(letterUrl),
                "signatories", link(letterUrl + "/signatories")));
        return json;
    }

    static Map<String, Object> signatory(Signatory s, String letterUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", List.of("convoca:" + s.id()));
        json.put("type", s.organization() ? "organization" : "individual");
        json.put("name", s.name());
        json.put("aliases", s.aliases());
        json.put("locality", s.locality());
        json.put("region", s.region());
        json.put("scope", s.scope());
        if (!s.organization()) {
            json.put("title", s.title());
            json.put("affiliation", s.affiliation());
        }
        json.put("_links", Map.of("self", link(letterUrl + "/signatories/" + s.id())));
        return json;
    }

    static Map<String, Object> candidate(Candidate c, String letterUrl) {
        String self = letterUrl + "/duplicate-candidates/" + c.id();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", List.of("convoca:" + c.id()));
        json.put("first", listing(c.first()));
        json.put("second", listing(c.second()));
        json.put("created_date", Hal.date(c.createdAt()));
        json.put("_links", Map.of("self", link(self), "merge", link(self + "/merge"),
                "keep_apart", link(self + "/keep-apart")));
        return json;
    }

    static Map<String, Object> listing(Listing l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", List.of("convoca:" + l.id()));
        json.put("name", l.name());
        json.put("spellings", l.spellings());
        json.put("signatures", l.signatures());
        return json;
    }

    static Map<String, Object> link(String href) {
        return Map.of("href", href);
    }
}
