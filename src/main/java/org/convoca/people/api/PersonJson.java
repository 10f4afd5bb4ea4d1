package org.convoca.people.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;

/** A person as Action Network's API shows one. Every list is present, empty when there is nothing to show. */
final class PersonJson {

    private PersonJson() {
    }

    static Map<String, Object> of(Person p, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(p.id()));
        json.put("created_date", Hal.date(p.createdAt()));
        json.put("modified_date", Hal.date(p.modifiedAt()));
        json.put("given_name", p.givenName());
        json.put("family_name", p.familyName());
        json.put("email_addresses", p.email() == null ? List.of()
                : List.of(ordered("primary", true, "address", p.email(), "status", wire(p.emailStatus()))));
        json.put("phone_numbers", p.phone() == null ? List.of()
                : List.of(ordered("primary", true, "number", p.phone(), "number_type", "Mobile")));
        json.put("postal_addresses", p.address().isEmpty() ? List.of() : List.of(address(p.address())));
        json.put("languages_spoken", p.language().isEmpty() ? List.of() : List.of(p.language()));
        json.put("custom_fields", p.customFields());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/people/" + p.id()));
        linkMap.put("osdi:taggings", links.link("/people/" + p.id() + "/taggings"));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }

    /** Action Network's words for email statuses, which differ from ours only in spelling. */
    static String wire(EmailStatus status) {
        return status == EmailStatus.SPAM_COMPLAINT ? "spam complaint" : status.wire();
    }

    private static Map<String, Object> address(PostalAddress a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("primary", true);
        json.put("address_lines", a.addressLines().isEmpty() ? List.of() : List.of(a.addressLines().split("\n")));
        json.put("locality", a.locality());
        json.put("region", a.region());
        json.put("postal_code", a.postalCode());
        json.put("country", a.country());
        return json;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
