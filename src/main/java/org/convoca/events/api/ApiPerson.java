package org.convoca.events.api;

import java.util.List;
import java.util.Locale;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import tools.jackson.databind.JsonNode;

/**
 * The inline {@code person} of a record attendance helper request, read as Action Network reads it: of each array
 * the entry marked primary, or else the first, counts. People are matched by email, so one is required.
 */
final class ApiPerson {

    private ApiPerson() {
    }

    static Person read(JsonNode json, String origin) {
        ApiJson.object(json, "person");
        String email = text(entry(json, "email_addresses"), "address", "person.email_addresses");
        if (email.isBlank()) {
            throw ApiException.badRequest("The request needs person.email_addresses[0].address: people are matched "
                    + "by email address.");
        }
        if (!PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            throw ApiException.badRequest("\"" + EventWrites.shorten(email) + "\" in person.email_addresses is not "
                    + "an email address.");
        }
        JsonNode a = entry(json, "postal_addresses");
        String phone = text(entry(json, "phone_numbers"), "number", "person.phone_numbers");
        List<String> languages = ApiJson.texts(json.get("languages_spoken"), "person.languages_spoken", 20);
        return Person.draft(ApiJson.text(json.get("given_name"), "person.given_name"),
                        ApiJson.text(json.get("family_name"), "person.family_name"), email)
                .withAddress(new PostalAddress("", text(a, "locality", "person.postal_addresses"),
                        text(a, "region", "person.postal_addresses"), text(a, "postal_code", "person.postal_addresses"),
                        text(a, "country", "person.postal_addresses").toUpperCase(Locale.ROOT)))
                .withPhone(phone.isBlank() ? null : phone)
                .withLanguage(languages.isEmpty() ? "" : languages.getFirst())
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
}
