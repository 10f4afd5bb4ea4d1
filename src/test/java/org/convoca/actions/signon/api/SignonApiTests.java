package org.convoca.actions.signon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convoca.api.ApiClient;
import org.convoca.people.Consents;
import org.convoca.people.Organizations;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConvocaTest
class SignonApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Organizations organizations;

    ApiClient api;
    String base;
    Fixtures.TestWorkspace w;

    void workspace() {
        w = fixtures.workspace("API coalition");
        api = new ApiClient(port, keys.create(w.id(), "script").secret());
        base = "http://localhost:" + port + "/api/v1/signon-letters";
    }

    String letter() {
        ApiClient.Reply created = api.post(base, """
                {"title": "End the raids", "addressee": "Secretary Núñez", "body": "We **urge** you.",
                 "demands": ["Stop raids", "Release parents"], "status": "open"}""");
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("_links").path("self").path("href").asString();
    }

    static String org(String name, String email) {
        return """
                {"organization": {"name": "%s", "locality": "Chicago", "region": "IL", "scope": "state",
                  "website": "https://example.org"},
                 "person": {"given_name": "Ana", "family_name": "Pérez", "email_addresses": [{"address": "%s"}]}}"""
                .formatted(name, email);
    }

    @Test
    void aScriptCreatesALetterSignsOrganizationsAndReadsTheListInPublicOrder() {
        workspace();
        String letter = letter();
        JsonNode json = api.get(letter).json();
        assertThat(json.path("title").asString()).isEqualTo("End the raids");
        assertThat(json.path("addressee").asString()).isEqualTo("Secretary Núñez");
        assertThat(json.path("demands").values()).extracting(JsonNode::asString)
                .containsExactly("Stop raids", "Release parents");
        assertThat(json.path("browser_url").asString()).endsWith("/" + w.workspace().slug() + "/sign-on/end-the-raids");

        ApiClient.Reply signed = api.post(letter + "/signatures", org("Dream Coalition", "ana@example.org"));
        assertThat(signed.status()).isEqualTo(201);
        assertThat(signed.json().path("status").asString()).isEqualTo("approved");
        api.post(letter + "/signatures", org("The Dream Coalition, Inc.", "luis@example.org"));
        api.post(letter + "/signatures", org("ACLU of Texas", "tx@example.org"));
        api.post(letter + "/signatures", org("ACLU of Illinois", "il@example.org"));
        assertThat(api.post(letter + "/signatures", org("ACLU of Illinois", "il@example.org")).status())
                .isEqualTo(200);

        JsonNode list = api.get(letter + "/signatories").json();
        assertThat(list.path("total_records").asLong()).isEqualTo(3);
        List<String> names = new ArrayList<>();
        list.path("_embedded").path("signatories").values().forEach(s -> names.add(s.path("name").asString()));
        assertThat(names).containsExactly("ACLU of Illinois", "ACLU of Texas", "Dream Coalition");
        JsonNode dream = list.path("_embedded").path("signatories").get(2);
        assertThat(dream.path("aliases").values()).extracting(JsonNode::asString)
                .containsExactly("The Dream Coalition, Inc.");
        assertThat(dream.path("locality").asString()).isEqualTo("Chicago");
        assertThat(dream.path("scope").asString()).isEqualTo("state");
        assertThat(dream.has("email")).isFalse();
        assertThat(api.get(dream.path("_links").path("self").path("href").asString()).status()).isEqualTo(200);
        JsonNode paged = api.get(letter + "/signatories?page=2&per_page=2").json();
        assertThat(paged.path("_embedded").path("signatories").size()).isEqualTo(1);

        Person ana = people.findByEmail(w.id(), "ana@example.org").orElseThrow();
        assertThat(consents.of(w.id(), ana.id())).isEmpty();
        assertThat(organizations.of(w.id(), ana.id())).extracting(o -> o.name()).containsExactly("Dream Coalition");
        Person luis = people.findByEmail(w.id(), "luis@example.org").orElseThrow();
        assertThat(organizations.of(w.id(), luis.id())).extracting(o -> o.name()).containsExactly("Dream Coalition");

        String second = letter();
        api.post(second + "/signatures", org("The Dream Coalition, Inc.", "maria@example.org"));
        Person maria = people.findByEmail(w.id(), "maria@example.org").orElseThrow();
        assertThat(organizations.of(w.id(), maria.id())).extracting(o -> o.name()).containsExactly("Dream Coalition");
        assertThat(organizations.count(w.id(), "")).isEqualTo(3);
    }

    @Test
    void possibleDuplicatesAreListedForStaffWhoMergeOrKeepThemApartThroughTheApi() {
        workspace();
        String letter = letter();
        api.post(letter + "/signatures", org("National Immigration Law Center", "a@example.org"));
        api.post(letter + "/signatures", org("NILC", "b@example.org"));
        api.post(letter + "/signatures", org("Casa de Esperanza", "c@example.org"));
        api.post(letter + "/signatures", org("Casa Esperanza", "d@example.org"));

        JsonNode pairs = api.get(letter + "/duplicate-candidates").json();
        assertThat(pairs.path("total_records").asLong()).isEqualTo(2);
        JsonNode nilc = pairs.path("_embedded").path("duplicate_candidates").get(0);
        assertThat(nilc.path("first").path("name").asString()).isEqualTo("National Immigration Law Center");
        assertThat(nilc.path("second").path("name").asString()).isEqualTo("NILC");
        JsonNode casa = pairs.path("_embedded").path("duplicate_candidates").get(1);

        ApiClient.Reply merged = api.post(nilc.path("_links").path("merge").path("href").asString(), "{}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().path("merged").path("spellings").values()).extracting(JsonNode::asString)
                .containsExactly("National Immigration Law Center", "NILC");
        assertThat(api.post(casa.path("_links").path("keep_apart").path("href").asString(), "{}").status())
                .isEqualTo(200);
        assertThat(api.post(casa.path("_links").path("keep_apart").path("href").asString(), "{}").status())
                .isEqualTo(404);

        assertThat(api.get(letter + "/duplicate-candidates").json().path("total_records").asLong()).isZero();
        assertThat(api.get(letter + "/signatories").json().path("total_records").asLong()).isEqualTo(3);
    }

    @Test
    void anIndividualSignsWithTitleAndAffiliation() {
        workspace();
        String letter = letter();
        ApiClient.Reply signed = api.post(letter + "/signatures", """
                {"person": {"given_name": "زينب", "family_name": "Núñez 🌻", "email_addresses": [{"address": "z@example.org"}]},
                 "title": "Profesora", "affiliation": "Universidad de Texas"}""");
        assertThat(signed.status()).isEqualTo(201);
        JsonNode s = api.get(letter + "/signatories").json().path("_embedded").path("signatories").get(0);
        assertThat(s.path("type").asString()).isEqualTo("individual");
        assertThat(s.path("name").asString()).isEqualTo("زينب Núñez 🌻");
        assertThat(s.path("affiliation").asString()).isEqualTo("Universidad de Texas");
    }

    @Test
    void malformedHostileOrUnauthorizedRequestsGetAClearErrorAndSaveNothing() {
        workspace();
        String letter = letter();
        assertThat(new ApiClient(port, null).get(base).status()).isEqualTo(401);
        assertThat(new ApiClient(port, "wrong").post(base, "{\"title\": \"x\"}").status()).isEqualTo(401);
        assertThat(api.post(base, "{\"addressee\": \"Nobody\"}").error()).contains("title");
        assertThat(api.post(base, "{\"title\": [1]}").status()).isEqualTo(400);
        assertThat(api.post(base, "{\"title\": \"" + "x".repeat(301) + "\"}").error()).contains("title");
        assertThat(api.post(base, "{\"title\": \"ok\", \"deadline\": \"tomorrow\"}").error()).contains("deadline");
        assertThat(api.post(base, "not json").status()).isEqualTo(400);
        assertThat(api.post(letter + "/signatures", "{\"organization\": {\"name\": \"X\"}}").error())
                .contains("person");
        assertThat(api.post(letter + "/signatures", org("Evil', DROP TABLE people; --", "not-an-email")).status())
                .isEqualTo(400);
        ApiClient.Reply badSite = api.post(letter + "/signatures", org("Site", "s@example.org")
                .replace("https://example.org", "javascript:alert(1)"));
        assertThat(badSite.status()).isEqualTo(400);
        assertThat(badSite.error()).contains("website");
        assertThat(api.post(letter + "/signatures", org("", "e@example.org")).status()).isEqualTo(400);
        assertThat(api.post(letter + "/signatures", org("A".repeat(301), "e@example.org")).status()).isEqualTo(400);
        assertThat(api.post(base + "/not-an-id/signatures", org("X", "x@example.org")).status()).isEqualTo(404);
        assertThat(api.get(base + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api.post(letter + "/duplicate-candidates/nope/merge", "{}").status()).isEqualTo(404);
        assertThat(api.get(letter + "/signatories").json().path("total_records").asLong()).isZero();
        assertThat(people.findByEmail(w.id(), "s@example.org")).isEmpty();

        ApiClient.Reply hostile = api.post(letter + "/signatures", org("<script>alert(1)</script>", "h@example.org"));
        assertThat(hostile.status()).isEqualTo(201);
        String page = new WebSession(port).get("/" + w.workspace().slug() + "/sign-on/end-the-raids").body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");

        var other = fixtures.workspace("Other API");
        ApiClient theirs = new ApiClient(port, keys.create(other.id(), "theirs").secret());
        assertThat(theirs.get(letter).status()).isEqualTo(404);
        assertThat(theirs.post(letter + "/signatures", org("Intruders", "i@example.org")).status()).isEqualTo(404);
    }
}
