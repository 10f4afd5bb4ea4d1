package org.convoca.actions.letters.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.convoca.actions.SentMail;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Target;
import org.convoca.actions.letters.Targets;
import org.convoca.api.ApiClient;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Advocacy campaigns and outreaches on the OSDI API, with the record outreach helper. */
@ConvocaTest
class AdvocacyApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired SentMail mail;

    ApiClient http;
    UUID workspaceId;

    ApiClient.Reply python(String method, String path, String body) {
        HttpRequest.Builder b = http.request(http.base() + path).header("Content-Type", "application/json");
        return http.send(body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
    }

    static String anId(JsonNode json) {
        for (JsonNode i : json.get("identifiers")) {
            if (i.asString().startsWith("action_network:")) {
                return i.asString().split(":")[1];
            }
        }
        throw new AssertionError("no action_network: identifier in " + json);
    }

    @Test
    void aClientCreatesACampaignAndRecordsOutreachesMatchedToThePersonsTargetsWithoutEmailingThem() {
        var w = fixtures.workspace("Api letters");
        workspaceId = w.id();
        http = new ApiClient(port, keys.create(w.id(), "script").secret());
        assertThat(python("GET", "/", null).json().path("_links").path("osdi:advocacy_campaigns").path("href")
                .asString()).endsWith("/api/v2/advocacy_campaigns");

        JsonNode created = python("POST", "/advocacy_campaigns", "{\"title\": \"Stop the raids\", \"description\": "
                + "\"<p>Write <script>x()</script>now</p>\", \"convoca:subject\": \"Stop the raids\", "
                + "\"convoca:letter\": \"Please act.\"}").json();
        assertThat(created.path("type").asString()).isEqualTo("email");
        assertThat(created.path("description").asString()).doesNotContain("script");
        String id = anId(created);
        Target tx = targets.add(w.id(), new Target(null, null, "Ana Núñez", "Senator", "ana.api@example.gov",
                List.of("TX"), List.of(), null));
        Target ca = targets.add(w.id(), new Target(null, null, "Carla Díaz", "Senator", "carla.api@example.gov",
                List.of("CA"), List.of(), null));
        campaigns.setTargets(campaigns.find(w.id(), UUID.fromString(id)).orElseThrow(), List.of(tx.id(), ca.id()));

        ApiClient.Reply recorded = python("POST", "/advocacy_campaigns/action_network:" + id + "/outreaches",
                "{\"person\": {\"given_name\": \"Jos\\u00e9\", \"email_addresses\": [{\"address\": "
                        + "\"jose.outreach@example.org\"}], \"postal_addresses\": [{\"region\": \"TX\", \"postal_code\": "
                        + "\"78701\"}]}, \"add_tags\": [\"letter-writer\"]}");
        assertThat(recorded.status()).isEqualTo(200);
        JsonNode outreach = recorded.json();
        assertThat(outreach.path("subject").asString()).isEqualTo("Stop the raids");
        assertThat(outreach.path("message").asString()).startsWith("Please act.").contains("José");
        assertThat(outreach.path("targets")).hasSize(1);
        assertThat(outreach.path("targets").path(0).path("name").asString()).isEqualTo("Ana Núñez");
        assertThat(outreach.path("targets").path(0).path("convoca:delivered").asBoolean()).isFalse();
        Person jose = people.findByEmail(w.id(), "jose.outreach@example.org").orElseThrow();
        assertThat(tags.of(w.id(), jose.id())).extracting(t -> t.name()).contains("letter-writer");

        JsonNode again = python("POST", "/advocacy_campaigns/" + id + "/outreaches", "{\"_links\": {\"osdi:person\": "
                + "{\"href\": \"https://actionnetwork.org/api/v2/people/" + jose.id() + "\"}}}").json();
        assertThat(anId(again)).isEqualTo(anId(outreach));
        JsonNode page = python("GET", "/advocacy_campaigns/" + id + "/outreaches", null).json();
        assertThat(page.path("total_records").asLong()).isEqualTo(1);
        assertThat(python("GET", "/people/" + jose.id() + "/outreaches", null).json().path("_embedded")
                .path("osdi:outreaches")).hasSize(1);
        JsonNode campaign = python("GET", "/advocacy_campaigns/" + id, null).json();
        assertThat(campaign.path("total_outreaches").asLong()).isEqualTo(1);
        assertThat(campaign.path("targets")).hasSize(2);
        assertThat(campaign.toString()).doesNotContain("ana.api@example.gov");
        assertThat(mail.settle("ana.api@example.gov")).as("recorded, not emailed").isEmpty();

        assertThat(python("POST", "/advocacy_campaigns/" + id + "/outreaches", "{}").status()).isEqualTo(400);
        assertThat(python("POST", "/advocacy_campaigns/" + id + "/outreaches", "{\"person\": {\"email_addresses\": "
                + "[{\"address\": \"x@example.org\"}]}, \"subject\": \"a\\r\\nBcc: y@example.org\"}").status())
                .isEqualTo(400);
        assertThat(python("POST", "/advocacy_campaigns", "{\"title\": \"" + "t".repeat(301) + "\"}").status())
                .isEqualTo(400);
        assertThat(python("GET", "/advocacy_campaigns/" + UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(people.findByEmail(w.id(), "x@example.org")).isEmpty();

        var other = fixtures.workspace("Api letters stranger");
        http = new ApiClient(port, keys.create(other.id(), "script").secret());
        assertThat(python("GET", "/advocacy_campaigns/" + id + "/outreaches", null).status()).isEqualTo(404);
    }
}
