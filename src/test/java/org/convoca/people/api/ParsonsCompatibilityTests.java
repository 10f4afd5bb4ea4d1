package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convoca.api.ApiClient;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Replays, request for request, what Parsons' Action Network connector sends (move-coop/parsons,
 * parsons/action_network/action_network.py) with only the base URL changed, and reads the replies the way it
 * does. Its bodies are Python's {@code json.dumps}: ASCII-only, with non-ASCII text as {@code \\u} escapes.
 */
@ConvocaTest
class ParsonsCompatibilityTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    ApiClient http;
    String token;

    /** Parsons' headers on every request, GET and DELETE included, plus what python-requests adds. */
    HttpRequest.Builder parsons(String absoluteUrl) {
        return http.request(absoluteUrl).header("Content-Type", "application/json").header("OSDI-API-Token", token)
                .header("Accept", "*/*").header("User-Agent", "python-requests/2.32.3");
    }

    ApiClient.Reply post(String url, String body) {
        return http.send(parsons(url).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
    }

    /** {@code _get_entry_list}: pages until the first array in {@code _embedded} is empty, reading nothing else. */
    List<JsonNode> entryList(String apiUrl, String objectName) {
        List<JsonNode> entries = new ArrayList<>();
        for (int page = 1; page < 100; page++) {
            JsonNode response = http.send(parsons(apiUrl + "/" + objectName + "?page=" + page + "&per_page=25")
                    .GET()).json();
            JsonNode embedded = response.get("_embedded");
            JsonNode list = embedded.get(embedded.properties().iterator().next().getKey());
            if (list.isEmpty()) {
                return entries;
            }
            list.forEach(entries::add);
        }
        throw new AssertionError("Parsons would still be paging");
    }

    /** {@code [entry_id.split(":")[1] for entry_id in identifiers if "action_network:" in entry_id]} */
    static List<String> actionNetworkIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("identifiers").forEach(i -> {
            if (i.asString().contains("action_network:")) {
                ids.add(i.asString().split(":")[1]);
            }
        });
        return ids;
    }

    @Test
    void upsertPersonAddTagAndTaggingsWorkAsParsonsCallsThem() throws InterruptedException {
        var w = fixtures.workspace("Parsons");
        token = keys.create(w.id(), "parsons").secret();
        http = new ApiClient(port, null);
        String apiUrl = http.base();

        // an.upsert_person("ana@example.org", given_name="José", family_name="Núñez 🌵", tags=["volunteer"],
        //     languages_spoken=["es"], postal_addresses=[{"postal_code": "77002"}], mobile_number="(555) 010-0100")
        String upsert = "{\"person\": {\"email_addresses\": [{\"address\": \"ana@example.org\"}], "
                + "\"phone_numbers\": [{\"number\": \"5550100100\"}], \"given_name\": \"Jos\\u00e9\", "
                + "\"family_name\": \"N\\u00fa\\u00f1ez \\ud83c\\udf35\", \"languages_spoken\": [\"es\"], "
                + "\"postal_addresses\": [{\"postal_code\": \"77002\"}], \"custom_fields\": {}}, "
                + "\"add_tags\": [\"volunteer\"]}";
        JsonNode added = post(apiUrl + "/people", upsert).json();
        List<String> personIds = actionNetworkIds(added);
        assertThat(personIds).hasSize(1);
        assertThat(added.get("created_date").asString()).isEqualTo(added.get("modified_date").asString());
        assertThat(added.get("family_name").asString()).isEqualTo("Núñez 🌵");

        Thread.sleep(1100);
        // an.upsert_person("ana@example.org", shirt="M"): matched by email, so updated
        JsonNode updated = post(apiUrl + "/people", "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"ana@example.org\"}], \"custom_fields\": {\"shirt\": \"M\"}}}").json();
        assertThat(actionNetworkIds(updated)).isEqualTo(personIds);
        assertThat(updated.get("created_date").asString()).isNotEqualTo(updated.get("modified_date").asString());
        assertThat(updated.get("given_name").asString()).isEqualTo("José");

        // an.add_tag("volunteer"): the tag the upsert made is given back
        JsonNode tag = post(apiUrl + "/tags", "{\"name\": \"volunteer\"}").json();
        String tagId = actionNetworkIds(tag).get(0);

        // an.get_taggings(tag_id), an.get_tags(), an.get_people()
        List<JsonNode> taggings = entryList(apiUrl, "tags/" + tagId + "/taggings");
        assertThat(taggings).hasSize(1);
        assertThat(taggings.get(0).get("_links").get("osdi:person").get("href").asString())
                .endsWith("/people/" + personIds.get(0));
        assertThat(entryList(apiUrl, "tags")).extracting(t -> t.get("name").asString()).containsExactly("volunteer");
        assertThat(entryList(apiUrl, "people")).hasSize(1);

        // an.create_tagging(tag_id, {"_links": {"osdi:person": {"href": "https://actionnetwork.org/api/v2/people/<id>"}}})
        var created = post(apiUrl + "/tags/" + tagId + "/taggings", "{\"_links\": {\"osdi:person\": {\"href\": "
                + "\"https://actionnetwork.org/api/v2/people/" + personIds.get(0) + "\"}}}");
        assertThat(created.status()).isIn(200, 201, 202, 204);
        String taggingId = actionNetworkIds(created.json()).get(0);

        // an.update_person(id, email_addresses=[{"address": ..., "status": "unsubscribed"}])
        var put = http.send(parsons(apiUrl + "/people/" + personIds.get(0)).PUT(HttpRequest.BodyPublishers.ofString(
                "{\"email_addresses\": [{\"address\": \"ana@example.org\", \"status\": \"unsubscribed\"}]}")));
        assertThat(put.status()).isIn(200, 201, 204);
        assertThat(put.json().get("email_addresses").get(0).get("status").asString()).isEqualTo("unsubscribed");

        // an.delete_tagging(tag_id, tagging_id)
        var deleted = http.send(parsons(apiUrl + "/tags/" + tagId + "/taggings/" + taggingId).DELETE());
        assertThat(deleted.status()).isIn(200, 201, 204);
        assertThat(deleted.json().has("notice")).isTrue();
        assertThat(entryList(apiUrl, "tags/" + tagId + "/taggings")).isEmpty();
    }
}
