package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convoca.api.ApiClient;
import org.convoca.people.Activities;
import org.convoca.people.Activity;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConvocaTest
class PeopleApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    People people;

    @Autowired
    Activities activities;

    ApiClient api(Fixtures.TestWorkspace w) {
        return new ApiClient(port, keys.create(w.id(), "test").secret());
    }

    static String firstKey(JsonNode node) {
        return node.properties().iterator().next().getKey();
    }

    @Test
    void anEmptyCollectionStillHasItsArrayAsTheFirstKeyOfEmbedded() {
        var api = api(fixtures.workspace("Empty"));

        JsonNode json = api.get("/people").json();

        assertThat(firstKey(json.path("_embedded"))).isEqualTo("osdi:people");
        assertThat(json.path("_embedded").path("osdi:people").isArray()).isTrue();
        assertThat(json.path("_embedded").path("osdi:people").size()).isZero();
        assertThat(json.path("total_records").asLong()).isZero();
        assertThat(json.path("_links").has("next")).isFalse();
    }

    @Test
    void pagesRunInCreationOrderAtMostTwentyFiveAtATimeAndAPagePastTheEndIsEmpty() {
        var w = fixtures.workspace("Paging");
        var api = api(w);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(people.create(w.id(), Person.draft("P" + i, "Zed" + (30 - i), null)).id().toString());
        }

        JsonNode first = api.get("/people?per_page=100").json();
        JsonNode second = api.get("/people?page=2&per_page=25").json();
        JsonNode past = api.get("/people?page=3").json();

        assertThat(first.path("per_page").asInt()).isEqualTo(25);
        assertThat(first.path("total_records").asLong()).isEqualTo(30);
        assertThat(first.path("total_pages").asLong()).isEqualTo(2);
        assertThat(first.path("_embedded").path("osdi:people").size()).isEqualTo(25);
        assertThat(first.path("_links").path("osdi:people").size()).isEqualTo(25);
        assertThat(first.path("_links").path("next").path("href").asString()).endsWith("/people?page=2&per_page=25");
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(dates(first)).isSorted();
        assertThat(dates(first).getLast()).isLessThanOrEqualTo(dates(second).getFirst());
        assertThat(second.path("_links").path("previous").path("href").asString()).contains("page=1");
        assertThat(second.path("_links").has("next")).isFalse();
        assertThat(firstKey(past.path("_embedded"))).isEqualTo("osdi:people");
        assertThat(past.path("_embedded").path("osdi:people").size()).isZero();
        assertThat(api.get("/people?page=99999999999999").status()).isEqualTo(200);
    }

    @Test
    void unusablePageNumbersAreRefusedWithASentence() {
        var api = api(fixtures.workspace("Bad pages"));

        for (String query : List.of("page=0", "page=abc", "per_page=-1", "page=1.5", "page=99999999999999999999")) {
            var reply = api.get("/people?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.error()).as(query).contains("whole number");
        }
    }

    @Test
    void aPersonReadsAsActionNetworkShowsOne() {
        var w = fixtures.workspace("Shape");
        var api = api(w);
        String id = api.post("/people", """
                {"person": {"given_name": "Ana", "family_name": "López",
                 "email_addresses": [{"address": "ana@example.org"}],
                 "phone_numbers": [{"number": "+1 555 0100"}],
                 "postal_addresses": [{"address_lines": ["1 Main St", "Apt 2"], "locality": "Houston",
                   "region": "TX", "postal_code": "77002", "country": "US"}],
                 "languages_spoken": ["es"], "custom_fields": {"shirt": "M"}}}""")
                .json().path("identifiers").path(0).asString().substring("convoca:".length());

        JsonNode p = api.get("/people/" + id).json();

        assertThat(p.path("identifiers").path(0).asString()).isEqualTo("convoca:" + id);
        assertThat(p.path("identifiers").path(1).asString()).isEqualTo("action_network:" + id);
        assertThat(p.path("created_date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(p.path("email_addresses").path(0).path("address").asString()).isEqualTo("ana@example.org");
        assertThat(p.path("email_addresses").path(0).path("primary").asBoolean()).isTrue();
        assertThat(p.path("email_addresses").path(0).path("status").asString()).isEqualTo("subscribed");
        assertThat(p.path("phone_numbers").path(0).path("number").asString()).isEqualTo("+1 555 0100");
        JsonNode address = p.path("postal_addresses").path(0);
        assertThat(address.path("address_lines").path(1).asString()).isEqualTo("Apt 2");
        assertThat(address.path("region").asString()).isEqualTo("TX");
        assertThat(p.path("languages_spoken").path(0).asString()).isEqualTo("es");
        assertThat(p.path("custom_fields").path("shirt").asString()).isEqualTo("M");
        assertThat(p.path("_links").path("self").path("href").asString()).isEqualTo(api.base() + "/people/" + id);
        assertThat(p.path("_links").path("osdi:taggings").path("href").asString()).endsWith("/taggings");
        assertThat(api.get("/people/action_network:" + id).status()).isEqualTo(200);
    }

    @Test
    void theSignupHelperAddsANewPersonWithEqualDatesAndUpdatesOneFoundByEmail() {
        var w = fixtures.workspace("Signup");
        var api = api(w);

        JsonNode added = api.post("/people", """
                {"person": {"given_name": "Luz", "family_name": "Ortega",
                 "email_addresses": [{"address": "luz@example.org"}], "custom_fields": {"a": "1"}},
                 "add_tags": ["volunteer", "Houston"]}""").json();
        JsonNode updated = api.post("/people", """
                {"person": {"family_name": "Ortega Ruiz", "email_addresses": [{"address": "LUZ@Example.org"}],
                 "custom_fields": {"b": "2"}}, "add_tags": ["volunteer"]}""").json();

        assertThat(added.path("created_date").asString()).isEqualTo(added.path("modified_date").asString());
        assertThat(updated.path("identifiers")).isEqualTo(added.path("identifiers"));
        assertThat(updated.path("given_name").asString()).isEqualTo("Luz");
        assertThat(updated.path("family_name").asString()).isEqualTo("Ortega Ruiz");
        assertThat(updated.path("custom_fields").path("a").asString()).isEqualTo("1");
        assertThat(updated.path("custom_fields").path("b").asString()).isEqualTo("2");
        assertThat(api.get("/people").json().path("total_records").asLong()).isEqualTo(1);
        String id = added.path("identifiers").path(0).asString().substring("convoca:".length());
        assertThat(api.get("/people/" + id + "/taggings").json().path("total_records").asLong()).isEqualTo(2);
        assertThat(activities.timeline(w.id(), java.util.UUID.fromString(id), 10)).extracting(Activity::summary)
                .containsExactly("Updated through the API signup helper", "Signed up through the API");
    }

    @Test
    void putMergesArraysAndObjectsAndRemovesOnlyWhatIsSentAsNull() {
        var w = fixtures.workspace("Put");
        var api = api(w);
        String id = api.post("/people", """
                {"person": {"given_name": "Rosa", "family_name": "Díaz",
                 "email_addresses": [{"address": "rosa@example.org"}],
                 "postal_addresses": [{"locality": "Austin", "region": "TX", "postal_code": "78701"}],
                 "custom_fields": {"a": "1", "b": "2"}}}""")
                .json().path("identifiers").path(1).asString().substring("action_network:".length());

        var reply = api.put("/people/" + id, """
                {"family_name": null, "custom_fields": {"b": null, "c": 3},
                 "postal_addresses": [{"locality": "Dallas"}], "phone_numbers": [{"number": 15550100}]}""");

        JsonNode p = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(p.path("given_name").asString()).isEqualTo("Rosa");
        assertThat(p.path("family_name").asString()).isEmpty();
        assertThat(p.path("email_addresses").path(0).path("address").asString()).isEqualTo("rosa@example.org");
        assertThat(p.path("custom_fields").path("a").asString()).isEqualTo("1");
        assertThat(p.path("custom_fields").has("b")).isFalse();
        assertThat(p.path("custom_fields").path("c").asString()).isEqualTo("3");
        assertThat(p.path("postal_addresses").path(0).path("locality").asString()).isEqualTo("Dallas");
        assertThat(p.path("postal_addresses").path(0).path("region").asString()).isEqualTo("TX");
        assertThat(p.path("phone_numbers").path(0).path("number").asString()).isEqualTo("15550100");
        assertThat(api.get("/people/" + id).json()).isEqualTo(p);
    }

    @Test
    void clientsUnsubscribeAPersonByPuttingTheAddressWithItsStatus() {
        var w = fixtures.workspace("Unsubscribe");
        var api = api(w);
        String id = api.post("/people", """
                {"person": {"email_addresses": [{"address": "sol@example.org"}]}}""")
                .json().path("identifiers").path(0).asString().substring("convoca:".length());

        api.put("/people/" + id, """
                {"email_addresses": [{"address": "sol@example.org", "status": "unsubscribed"}]}""");
        JsonNode afterSignupAgain = api.post("/people", """
                {"person": {"given_name": "Sol", "email_addresses": [{"address": "sol@example.org"}]}}""").json();

        assertThat(afterSignupAgain.path("email_addresses").path(0).path("status").asString())
                .isEqualTo("unsubscribed");
        assertThat(api.get("/people?filter=email_address eq 'sol@example.org'".replace(" ", "%20")).json()
                .path("_embedded").path("osdi:people").path(0).path("email_addresses").path(0).path("status")
                .asString()).isEqualTo("unsubscribed");
        assertThat(activities.timeline(w.id(), java.util.UUID.fromString(id), 10)).extracting(Activity::summary)
                .contains("Email status set to unsubscribed through the API");
        assertThat(api.put("/people/" + id, """
                {"email_addresses": [{"address": "sol@example.org", "status": "spam complaint"}]}""").json()
                .path("email_addresses").path(0).path("status").asString()).isEqualTo("spam complaint");
        assertThat(api.put("/people/" + id, """
                {"email_addresses": [{"address": "sol@example.org", "status": "maybe"}]}""").status())
                .isEqualTo(400);
    }

    @Test
    void anotherWorkspacesKeyFindsNothingOfThisOne() {
        var mine = fixtures.workspace("Mine");
        var theirs = api(fixtures.workspace("Theirs"));
        Person p = people.create(mine.id(), Person.draft("Nadia", "Haddad", "nadia@example.org"));

        var read = theirs.get("/people/" + p.id());
        var put = theirs.put("/people/" + p.id(), "{\"given_name\": \"Taken\"}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.error()).contains("no person");
        assertThat(put.status()).isEqualTo(404);
        assertThat(theirs.get("/people").json().path("total_records").asLong()).isZero();
        assertThat(theirs.get("/people?filter=email_address%20eq%20'nadia@example.org'").json()
                .path("total_records").asLong()).isZero();
        assertThat(people.find(mine.id(), p.id()).orElseThrow().givenName()).isEqualTo("Nadia");
    }

    private static List<String> dates(JsonNode page) {
        List<String> dates = new ArrayList<>();
        page.path("_embedded").path("osdi:people").forEach(p -> dates.add(p.path("created_date").asString()));
        return dates;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("_embedded").path("osdi:people")
                .forEach(p -> ids.add(p.path("identifiers").path(0).asString().substring("convoca:".length())));
        return ids;
    }
}
