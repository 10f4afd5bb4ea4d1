package org.convoca.actions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convoca.actions.Petition;
import org.convoca.actions.Signatures;
import org.convoca.actions.TestPetitions;
import org.convoca.api.ApiClient;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Petitions and signatures on the OSDI API, called the way Parsons' Action Network connector calls them: its
 * headers on every request, its bodies from Python's {@code json.dumps} (ASCII, with {@code \\u} escapes).
 */
@ConvocaTest
class PetitionsApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired TestPetitions testPetitions;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired Consents consents;
    @Autowired Signatures signatures;

    ApiClient http;
    String token;

    ApiClient.Reply parsons(String method, String path, String body) {
        HttpRequest.Builder b = http.request(http.base() + path).header("Content-Type", "application/json")
                .header("OSDI-API-Token", token).header("User-Agent", "python-requests/2.32.3");
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

    void useNewWorkspace(String name) {
        var w = fixtures.workspace(name);
        token = keys.create(w.id(), "parsons").secret();
        http = new ApiClient(port, null);
        workspaceId = w.id();
        workspaceSlug = w.workspace().slug();
    }

    java.util.UUID workspaceId;
    String workspaceSlug;

    @Test
    void parsonsCreatesAPetitionRecordsSignaturesWithTagsAndReadsThemBack() {
        useNewWorkspace("Parsons petitions");
        assertThat(parsons("GET", "/", null).json().path("_links").path("osdi:petitions").path("href").asString())
                .endsWith("/api/v2/petitions");

        // an.create_petition(title="Stop the raids", description="<p>Families <b>together</b></p>",
        //     petition_text="We demand...", target=[{"name": "Mayor Garc\u00eda"}], background_processing=True)
        ApiClient.Reply created = parsons("POST", "/petitions?background_processing=True", "{\"title\": "
                + "\"Stop the raids\", \"description\": \"<p>Families <b>together</b><script>alert(1)</script></p>\", "
                + "\"petition_text\": \"We demand an end to raids.\", \"target\": [{\"name\": \"Mayor Garc\\u00eda\"}]}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode petition = created.json();
        String petitionId = anId(petition);
        assertThat(petition.path("title").asString()).isEqualTo("Stop the raids");
        assertThat(petition.path("description").asString()).contains("<b>together</b>").doesNotContain("script");
        assertThat(petition.path("target").path(0).path("name").asString()).isEqualTo("Mayor García");
        assertThat(petition.path("total_signatures").asLong()).isZero();
        assertThat(petition.path("browser_url").asString()).endsWith("/" + workspaceSlug + "/petitions/stop-the-raids");
        assertThat(petition.path("_links").path("osdi:record_signature_helper").path("href").asString())
                .endsWith("/api/v2/petitions/" + petitionId + "/signatures");

        // The record signature helper, as a Parsons user posts it with an.api.post_request(...)
        String helper = "{\"person\": {\"given_name\": \"Jos\\u00e9\", \"family_name\": \"N\\u00fa\\u00f1ez\", "
                + "\"email_addresses\": [{\"address\": \"Jose@Example.org\"}], \"postal_addresses\": "
                + "[{\"postal_code\": \"20009\", \"country\": \"us\"}], \"languages_spoken\": [\"es\"]}, "
                + "\"add_tags\": [\"raids-2025\", \"volunteer\"], \"comments\": \"\\u00a1Basta!\", "
                + "\"triggers\": {\"autoresponse\": {\"enabled\": true}}, \"origin_system\": \"Parsons\"}";
        JsonNode signature = parsons("POST", "/petitions/" + petitionId + "/signatures", helper).json();
        assertThat(signature.path("comments").asString()).isEqualTo("¡Basta!");
        assertThat(signature.path("created_date").asString()).isEqualTo(signature.path("modified_date").asString());
        String personHref = signature.path("_links").path("osdi:person").path("href").asString();
        Person jose = people.findByEmail(workspaceId, "jose@example.org").orElseThrow();
        assertThat(personHref).endsWith("/api/v2/people/" + jose.id());
        assertThat(jose.givenName()).isEqualTo("José");
        assertThat(jose.address().country()).isEqualTo("US");
        assertThat(tags.of(workspaceId, jose.id())).extracting(t -> t.name()).contains("raids-2025", "volunteer");
        assertThat(consents.of(workspaceId, jose.id())).as("no form was shown, so no consent is claimed").isEmpty();

        JsonNode again = parsons("POST", "/petitions/" + petitionId + "/signatures", helper).json();
        assertThat(anId(again)).isEqualTo(anId(signature));

        // A plain create for someone already in the system, by an href on Action Network's own host.
        Person ana = people.create(workspaceId, Person.draft("Ana", "Ruiz", "ana@example.org"));
        JsonNode plain = parsons("POST", "/petitions/action_network:" + petitionId + "/signatures",
                "{\"comments\": \"Stop the thing\", \"_links\": {\"osdi:person\": {\"href\": "
                        + "\"https://actionnetwork.org/api/v2/people/action_network:" + ana.id() + "\"}}}").json();
        assertThat(plain.path("action_network:person_id").asString()).isEqualTo(ana.id().toString());

        assertThat(parsons("GET", "/petitions/" + petitionId, null).json().path("total_signatures").asLong())
                .isEqualTo(2);
        List<JsonNode> all = entryList("/petitions/" + petitionId + "/signatures");
        assertThat(all).hasSize(2);
        assertThat(entryList("/people/" + ana.id() + "/signatures")).singleElement()
                .satisfies(s -> assertThat(s.path("comments").asString()).isEqualTo("Stop the thing"));
        assertThat(entryList("/petitions")).hasSize(1);

        // an.update_signature(petition_id, signature_id, {"comments": "Some new comments"})
        JsonNode changed = parsons("PUT", "/petitions/" + petitionId + "/signatures/" + anId(plain),
                "{\"comments\": \"Some new comments\"}").json();
        assertThat(changed.path("comments").asString()).isEqualTo("Some new comments");

        // an.update_petition(petition_id, title, description, petition_text, target)
        JsonNode updated = parsons("PUT", "/petitions/" + petitionId, "{\"title\": \"Stop the raids now\", "
                + "\"description\": \"Updated\", \"petition_text\": \"We demand it now.\", \"target\": "
                + "[{\"name\": \"City Council\"}]}").json();
        assertThat(updated.path("title").asString()).isEqualTo("Stop the raids now");
        assertThat(updated.path("petition_text").asString()).isEqualTo("We demand it now.");
        assertThat(updated.path("target").path(0).path("name").asString()).isEqualTo("City Council");

        WebSession.Page page = new WebSession(port).get("/" + workspaceSlug + "/petitions/stop-the-raids");
        assertThat(page.text()).contains("Stop the raids now", "To: City Council", "2 signatures");
    }

    @Test
    void brokenAndHostileRequestsGetASentenceAndAFittingStatusWithNothingHalfWritten() {
        useNewWorkspace("API errors");
        Petition p = testPetitions.open(workspaceId, "errors");
        String sigs = "/petitions/" + p.id() + "/signatures";

        assertThat(parsons("POST", "/petitions", "{}").error()).contains("needs a title");
        assertThat(parsons("POST", "/petitions", "{\"title\": \"" + "x".repeat(400) + "\"}").error())
                .contains("title: This is longer than 300 characters");
        assertThat(parsons("POST", "/petitions", "{\"title\": [1]}").error()).contains("title must be text");
        assertThat(parsons("POST", "/petitions", "title=x&description=y").status()).isEqualTo(400);
        ApiClient.Reply noEmail = parsons("POST", sigs, "{\"person\": {\"given_name\": \"Ana\"}}");
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.error()).contains("email_addresses[0].address");
        assertThat(parsons("POST", sigs, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"a@b.org\\r\\nBcc: x@y.org\"}]}}").status()).isEqualTo(400);
        assertThat(parsons("POST", sigs, "{\"comments\": \"no person\"}").error()).contains("_links.osdi:person");
        assertThat(parsons("POST", sigs, "{\"person\": {\"email_addresses\": [{\"address\": \"big@example.org\"}], "
                + "\"given_name\": \"" + "ñ".repeat(300) + "\"}}").error()).contains("given name is longer than 200");
        assertThat(parsons("POST", sigs, "{\"person\": {\"email_addresses\": [{\"address\": \"t@example.org\"}]}, "
                + "\"add_tags\": [\"\"]}").status()).isEqualTo(400);
        assertThat(people.findByEmail(workspaceId, "big@example.org")).isEmpty();
        assertThat(people.findByEmail(workspaceId, "t@example.org")).isEmpty();

        JsonNode odd = parsons("POST", sigs, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"odd@example.org\"}], \"given_name\": \"<script>x</script>\", \"family_name\": \"O'Brien; --\"}, "
                + "\"comments\": \"\\u05e9\\u05dc\\u05d5\\u05dd \\ud83c\\udf35\"}").json();
        assertThat(odd.path("comments").asString()).isEqualTo("שלום 🌵");
        assertThat(parsons("GET", "/petitions?filter=title%20eq%20'x'", null).error()).contains("cannot be filtered");
        assertThat(parsons("GET", sigs + "?filter=modified_date%20gt%20'2000-01-01'", null).json()
                .path("total_records").asLong()).isEqualTo(1);
        assertThat(parsons("GET", sigs + "?filter=modified_date%20lt%20'2000-01-01'", null).json()
                .path("_embedded").path("osdi:signatures").isEmpty()).isTrue();
        assertThat(parsons("GET", "/petitions/" + p.id() + "?page=99", null).status()).isEqualTo(200);
        assertThat(parsons("GET", sigs + "?page=99", null).json().path("_embedded").path("osdi:signatures")
                .isArray()).isTrue();
    }

    @Test
    void anotherWorkspacesPetitionsSignaturesAndPeopleAre404() {
        useNewWorkspace("Mine");
        Petition mine = testPetitions.open(workspaceId, "mine");
        Person someone = people.create(workspaceId, Person.draft("Ana", "", "ana@example.org"));
        String myToken = token;
        useNewWorkspace("Theirs");

        assertThat(parsons("GET", "/petitions/" + mine.id(), null).status()).isEqualTo(404);
        assertThat(parsons("GET", "/petitions/" + mine.id() + "/signatures", null).status()).isEqualTo(404);
        assertThat(parsons("PUT", "/petitions/" + mine.id(), "{\"title\": \"Hijacked\"}").status()).isEqualTo(404);
        ApiClient.Reply signed = parsons("POST", "/petitions/" + mine.id() + "/signatures",
                "{\"person\": {\"email_addresses\": [{\"address\": \"x@example.org\"}]}}");
        assertThat(signed.status()).isEqualTo(404);
        assertThat(signed.error()).contains("no petition");
        assertThat(parsons("GET", "/people/" + someone.id() + "/signatures", null).status()).isEqualTo(404);
        assertThat(entryList("/petitions")).isEmpty();

        token = myToken;
        assertThat(parsons("GET", "/petitions/" + mine.id(), null).json().path("title").asString())
                .isEqualTo("Protect DACA recipients");
        assertThat(signatures.count(workspaceId, Signatures.Scope.petition(mine.id()))).isZero();
    }

    @Test
    void aBackgroundSignatureIsAnsweredAtOnceAndCountedSoonAfter() throws InterruptedException {
        useNewWorkspace("Background");
        Petition p = testPetitions.open(workspaceId, "later");

        ApiClient.Reply reply = parsons("POST", "/petitions/" + p.id() + "/signatures?background_request=true",
                "{\"person\": {\"email_addresses\": [{\"address\": \"later@example.org\"}]}, \"add_tags\": [\"bg\"]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{}");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (signatures.count(workspaceId, Signatures.Scope.petition(p.id())) == 0) {
            assertThat(Instant.now()).as("still waiting for the background signature").isBefore(deadline);
            Thread.sleep(100);
        }
        Person later = people.findByEmail(workspaceId, "later@example.org").orElseThrow();
        assertThat(tags.of(workspaceId, later.id())).extracting(t -> t.name()).containsExactly("bg");
    }

    /** Parsons' {@code _get_entry_list}: pages until the first array in {@code _embedded} is empty. */
    List<JsonNode> entryList(String path) {
        List<JsonNode> entries = new ArrayList<>();
        for (int page = 1; page < 50; page++) {
            JsonNode embedded = parsons("GET", path + "?page=" + page + "&per_page=25", null).json().get("_embedded");
            JsonNode list = embedded.get(embedded.properties().iterator().next().getKey());
            if (list.isEmpty()) {
                return entries;
            }
            list.forEach(entries::add);
        }
        throw new AssertionError("still paging");
    }
}
