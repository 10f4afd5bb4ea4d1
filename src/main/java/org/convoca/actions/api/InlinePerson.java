package org.convoca.actions.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code person} of a record signature, submission or outreach helper request into a draft, the way
 * Action Network reads it: of each array the entry marked primary, or else the first, counts. The person is matched
 * by email address, so one is required. Sign-on letters' API reads its signers the same way. The three helpers
 * also read their source and tags, or name someone already in the system, alike.
 */
public final class InlinePerson {

    private InlinePerson() {
    }

    /**
     * Who took part: the inline {@code person} of the record helper, or the one {@code _links.osdi:person} names.
     *
     * @param helper what the request records, as its refusals say, such as {@code submission}
     */
    public static Person of(JsonNode json, String source, String helper, Function<UUID, Optional<Person>> people) {
        if (json.has("person") && !json.get("person").isNull()) {
            return read(json.get("person"), source);
        }
        String href = ApiJson.linkHref(json, "osdi:person");
        if (href == null) {
            String article = "aeiou".indexOf(helper.charAt(0)) >= 0 ? "an " : "a ";
            throw ApiException.badRequest("The request needs either person (the record " + helper + " helper) or "
                    + "_links.osdi:person.href (" + article + helper + " by someone already in the system).");
        }
        return Identifiers.parse(href).flatMap(people).orElseThrow(() -> ApiException.badRequest(
                "_links.osdi:person names no person in this workspace: " + shorten(href)));
    }

    /** {@code origin_system}, the source the person and what they did are recorded with: {@code API} if none. */
    public static String source(JsonNode json) {
        String origin = json.has("origin_system") ? ApiJson.text(json.get("origin_system"), "origin_system") : "";
        return origin.isBlank() ? "API" : origin.length() > 200 ? origin.substring(0, 200) : origin;
    }

    /** {@code add_tags}, put on the person: at most {@code max}, each of 1 to 200 characters. */
    public static List<String> tags(JsonNode json, int max) {
        List<String> tags = ApiJson.texts(json.get("add_tags"), "add_tags", max);
        if (tags.stream().anyMatch(t -> t.isBlank() || t.length() > 200)) {
            throw ApiException.badRequest("Each of add_tags needs 1 to 200 characters.");
        }
        return tags;
    }

    public static Person read(JsonNode json, String origin) {
        ApiJson.object(json, "person");
        String email = text(entry(json, "email_addresses"), "address", "person.email_addresses");
        if (email.isBlank()) {
            throw ApiException.badRequest("The request needs person.email_addresses[0].address: people are matched "
                    + "by email address.");
        }
        if (!PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            throw ApiException.badRequest("\"" + shorten(email) + "\" in person.email_addresses is not an email "
                    + "address.");
        }
        JsonNode a = entry(json, "postal_addresses");
        String lines = "";
        if (a != null && a.has("address_lines")) {
            JsonNode l = a.get("address_lines");
            lines = l.isArray() ? String.join("\n", ApiJson.texts(l, "person.postal_addresses[0].address_lines", 10))
                    : ApiJson.text(l, "person.postal_addresses[0].address_lines");
        }
        String phone = text(entry(json, "phone_numbers"), "number", "person.phone_numbers");
        List<String> languages = ApiJson.texts(json.get("languages_spoken"), "person.languages_spoken", 20);
        return Person.draft(ApiJson.text(json.get("given_name"), "person.given_name"),
                        ApiJson.text(json.get("family_name"), "person.family_name"), email)
                .withAddress(new PostalAddress(lines, text(a, "locality", "person.postal_addresses"),
                        text(a, "region", "person.postal_addresses"), text(a, "postal_code", "person.postal_addresses"),
                        text(a, "country", "person.postal_addresses").toUpperCase(Locale.ROOT)))
                .withPhone(phone.isBlank() ? null : phone)
                .withLanguage(languages.isEmpty() ? "" : languages.getFirst())
                .withCustomFields(customFields(json.get("custom_fields")))
                .withSource(origin);
    }

    private static JsonNode entry(JsonNode json, String field) {
        List<JsonNode> entries = ApiJson.array(json.get(field), "person." + field);
        for (JsonNode e : entries) {
            if (e.path("primary").asBoolean(false)) {
                return ApiJson.object(e, "person." + field + "[]");
            }
        }
        return entries.isEmpty() ? null : ApiJson.object(entries.getFirst(), "person." + field + "[0]");
    }

    private static String text(JsonNode entry, String field, String path) {
        return entry == null ? "" : ApiJson.text(entry.get(field), path + "[0]." + field);
    }

    private static Map<String, String> customFields(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        if (node == null || node.isNull()) {
            return fields;
        }
        ApiJson.object(node, "person.custom_fields");
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNull()) {
                fields.put(e.getKey(), ApiJson.text(e.getValue(), "person.custom_fields." + e.getKey()));
            }
        }
        return fields;
    }

    /** {@code triggers.autoresponse.enabled}: Action Network's helpers send the confirmation email only when asked. */
    public static boolean autoresponse(JsonNode json) {
        JsonNode enabled = json.path("triggers").path("autoresponse").path("enabled");
        return enabled.isBoolean() ? enabled.asBoolean() : "true".equals(enabled.asString(""));
    }

    public static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
