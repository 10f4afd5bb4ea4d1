package org.convoca.people.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;
import tools.jackson.databind.JsonNode;

/**
 * Applies a person as a client sends it onto the person we have, the way Action Network's PUT and signup helper
 * do: a field that is absent stays as it was, a field sent as {@code null} is cleared, and arrays and objects
 * merge into what is there rather than replacing it. We keep one email address, phone and postal address per
 * person, so of each array the entry marked primary (or else the first) is the one that counts.
 */
final class PersonMerge {

    private PersonMerge() {
    }

    static Person apply(Person base, JsonNode json, String path) {
        ApiJson.object(json, path);
        Person p = base;
        if (json.has("given_name") || json.has("family_name")) {
            p = p.withNames(json.has("given_name") ? ApiJson.text(json.get("given_name"), child(path, "given_name"))
                    : p.givenName(),
                    json.has("family_name") ? ApiJson.text(json.get("family_name"), child(path, "family_name"))
                            : p.familyName());
        }
        if (json.has("email_addresses")) {
            p = email(p, json.get("email_addresses"), child(path, "email_addresses"));
        }
        if (json.has("phone_numbers")) {
            p = phone(p, json.get("phone_numbers"), child(path, "phone_numbers"));
        }
        if (json.has("postal_addresses")) {
            p = address(p, json.get("postal_addresses"), child(path, "postal_addresses"));
        }
        if (json.has("languages_spoken")) {
            JsonNode languages = json.get("languages_spoken");
            List<String> spoken = ApiJson.texts(languages, child(path, "languages_spoken"), 20);
            if (languages.isNull()) {
                p = p.withLanguage("");
            } else if (!spoken.isEmpty()) {
                p = p.withLanguage(spoken.getFirst());
            }
        }
        if (json.has("custom_fields")) {
            p = customFields(p, json.get("custom_fields"), child(path, "custom_fields"));
        }
        return p;
    }

    private static Person email(Person p, JsonNode node, String path) {
        if (node.isNull()) {
            return p.withEmail(null, p.emailStatus());
        }
        int chosen = primary(ApiJson.array(node, path), path);
        if (chosen < 0) {
            return p;
        }
        String at = path + "[" + chosen + "]";
        JsonNode entry = node.get(chosen);
        String address = required(entry, "address", at);
        EmailStatus status = entry.has("status") ? status(ApiJson.text(entry.get("status"), at + ".status"), at)
                : p.emailStatus();
        return p.withEmail(address, status);
    }

    private static Person phone(Person p, JsonNode node, String path) {
        if (node.isNull()) {
            return p.withPhone(null);
        }
        int chosen = primary(ApiJson.array(node, path), path);
        return chosen < 0 ? p : p.withPhone(required(node.get(chosen), "number", path + "[" + chosen + "]"));
    }

    private static Person address(Person p, JsonNode node, String path) {
        if (node.isNull()) {
            return p.withAddress(PostalAddress.NONE);
        }
        int chosen = primary(ApiJson.array(node, path), path);
        if (chosen < 0) {
            return p;
        }
        String at = path + "[" + chosen + "]";
        JsonNode a = node.get(chosen);
        PostalAddress old = p.address();
        String lines = old.addressLines();
        if (a.has("address_lines")) {
            JsonNode l = a.get("address_lines");
            lines = l.isArray() ? String.join("\n", ApiJson.texts(l, at + ".address_lines", 10))
                    : ApiJson.text(l, at + ".address_lines");
        }
        return p.withAddress(new PostalAddress(lines, part(a, "locality", old.locality(), at),
                part(a, "region", old.region(), at), part(a, "postal_code", old.postalCode(), at),
                part(a, "country", old.country(), at)));
    }

    private static Person customFields(Person p, JsonNode node, String path) {
        if (node.isNull()) {
            return p.withCustomFields(Map.of());
        }
        ApiJson.object(node, path);
        Map<String, String> fields = new TreeMap<>(p.customFields());
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isNull()) {
                fields.remove(e.getKey());
            } else {
                fields.put(e.getKey(), ApiJson.text(e.getValue(), child(path, e.getKey())));
            }
        }
        return p.withCustomFields(fields);
    }

    /** The entry marked primary, or else the first; -1 for an empty array, which changes nothing. */
    private static int primary(List<JsonNode> entries, String path) {
        for (int i = 0; i < entries.size(); i++) {
            ApiJson.object(entries.get(i), path + "[" + i + "]");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path("primary").asBoolean(false)) {
                return i;
            }
        }
        return entries.isEmpty() ? -1 : 0;
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String required(JsonNode entry, String field, String path) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(path + " needs " + (field.equals("address") ? "an " : "a ") + field + ".");
        }
        return ApiJson.text(value, path + "." + field);
    }

    private static String part(JsonNode address, String field, String old, String path) {
        return address.has(field) ? ApiJson.text(address.get(field), path + "." + field) : old;
    }

    /** Action Network's statuses; its "previous" ones still mean no mail is sent. */
    static EmailStatus status(String text, String path) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("previous ")) {
            s = s.substring("previous ".length());
        }
        if (s.equals("bounce")) {
            return EmailStatus.BOUNCING;
        }
        return EmailStatus.parse(s).orElseThrow(() -> ApiException.badRequest(path + ".status must be subscribed, "
                + "unsubscribed, bouncing or spam complaint, not \"" + (text.length() > 40 ? text.substring(0, 40)
                        : text) + "\"."));
    }
}
