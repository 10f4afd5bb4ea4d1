package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.convoca.api.ApiClient;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Broken, hostile and unusual requests: each gets a JSON sentence and a fitting status, never a 500. */
@ConvocaTest
class ApiInputTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    People people;

    Fixtures.TestWorkspace w;
    ApiClient api;

    @BeforeEach
    void workspace() {
        w = fixtures.workspace("Input");
        api = new ApiClient(port, keys.create(w.id(), "test").secret());
    }

    ApiClient.Reply refused(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/hal+json");
        assertThat(reply.error()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        return reply;
    }

    @Test
    void malformedBodiesAreRefusedWithWhatWasWrongAndNothingIsSaved() {
        assertThat(refused(api.post("/people", "{\"person\": {"), 400).error()).startsWith("The request body is not valid JSON");
        refused(api.post("/people", "person[given_name]=Ana&person[email]=a@example.org"), 400);
        assertThat(refused(api.post("/people", ""), 400).error()).isEqualTo("This request needs a JSON body.");
        assertThat(refused(api.post("/people", "[]"), 400).error()).isEqualTo("The request body must be a JSON object.");
        refused(api.post("/people", "null"), 400);
        refused(api.post("/people", "\"text\""), 400);
        refused(api.post("/people", "[".repeat(100_000)), 400);
        refused(api.put("/people/" + java.util.UUID.randomUUID(), "{"), 400);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
    }

    @Test
    void wrongTypesNameTheField() {
        assertThat(refused(api.post("/people", "{}"), 400).error()).isEqualTo("The request needs person, a JSON object.");
        assertThat(refused(api.post("/people", "{\"person\": \"Ana\"}"), 400).error())
                .isEqualTo("person must be a JSON object.");
        assertThat(refused(api.post("/people", "{\"person\": {\"email_addresses\": \"a@example.org\"}}"), 400).error())
                .isEqualTo("person.email_addresses must be an array, not this value.");
        assertThat(refused(api.post("/people", "{\"person\": {\"email_addresses\": [{\"address\": {\"x\": 1}}]}}"), 400)
                .error()).isEqualTo("person.email_addresses[0].address must be text, not an object.");
        assertThat(refused(api.post("/people", "{\"person\": {\"email_addresses\": [{\"primary\": true}]}}"), 400)
                .error()).isEqualTo("person.email_addresses[0] needs an address.");
        assertThat(refused(api.post("/people", "{\"person\": {\"given_name\": {}}}"), 400).error())
                .isEqualTo("person.given_name must be text, not an object.");
        assertThat(refused(api.post("/people", "{\"person\": {\"given_name\": \"Ana\"}, \"add_tags\": \"x\"}"), 400)
                .error()).isEqualTo("add_tags must be an array, not this value.");
        assertThat(refused(api.post("/people", "{\"person\": {\"given_name\": \"Ana\", \"custom_fields\": []}}"), 400)
                .error()).isEqualTo("person.custom_fields must be a JSON object.");
        assertThat(refused(api.post("/people", "{\"person\": {\"email_addresses\": [{\"address\": \"not an email\"}]}}"),
                400).error()).contains("is not an email address");
        assertThat(refused(api.post("/people", "{\"person\": {\"given_name\": \"" + "x".repeat(201) + "\"}}"), 400)
                .error()).contains("longer than 200");
        refused(api.post("/people?background_request=maybe", "{\"person\": {\"given_name\": \"Ana\"}}"), 400);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
    }

    @Test
    void bodiesOverOneMegabyteAreRefusedWhetherOrNotTheySayTheirLength() {
        String huge = "{\"person\": {\"given_name\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}}";
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);

        refused(api.post("/people", huge), 413);
        refused(api.send(api.request("/people").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))), 413);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
    }

    @Test
    void theFrameworksOwnRefusalsAreJsonToo() {
        assertThat(refused(api.get("/nothing-here"), 404).error()).isEqualTo("There is nothing at this address.");
        assertThat(refused(api.delete("/people"), 405).error()).contains("DELETE");
        refused(api.send(api.request("/").POST(HttpRequest.BodyPublishers.ofString("{}"))), 405);
        refused(api.send(api.request("/people").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"person\": {}}"))), 415);
        assertThat(refused(new ApiClient(port, null).post("/people", "{"), 401).error()).contains("OSDI-API-Token");
        refused(new ApiClient(port, "wrong").get("/tags"), 401);
    }

    @Test
    void clientQuirksAreAccepted() {
        var get = api.send(api.request("/people/").header("Content-Type", "application/json").GET());
        var tag = api.post("/tags", "{\"name\": \"x\"}").json().path("identifiers").path(0).asString().substring(8);
        var delete = api.send(api.request("/tags/" + tag + "/taggings/" + java.util.UUID.randomUUID() + "/")
                .header("Content-Type", "application/json").DELETE());

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().path("_embedded").has("osdi:people")).isTrue();
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.error()).contains("no tagging");
    }

    @Test
    void hostileAndNonAsciiTextIsStoredAndReturnedAsPlainJsonText() {
        String script = "<script>alert('x')</script>";
        String sql = "O'Brien\"; DROP TABLE people; --";
        JsonNode p = api.post("/people", """
                {"person": {"given_name": %s, "family_name": %s,
                 "email_addresses": [{"address": "ana@example.org"}], "custom_fields": {"nota": %s}}}"""
                .formatted(quote(script), quote(sql), quote("José 🌵 نور‎ Núñez עברית"))).json();
        var reply = api.get("/people/" + p.path("identifiers").path(0).asString().substring(8));

        assertThat(reply.json().path("given_name").asString()).isEqualTo(script);
        assertThat(reply.json().path("family_name").asString()).isEqualTo(sql);
        assertThat(reply.json().path("custom_fields").path("nota").asString()).isEqualTo("José 🌵 نور‎ Núñez עברית");
        assertThat(reply.contentType()).startsWith("application/hal+json");
    }

    @Test
    void escapedUnicodeAsPythonSendsItRoundTripsAndCarriageReturnsAreDropped() {
        JsonNode p = api.post("/people", """
                {"person": {"given_name": "Jos\\u00e9 \\ud83c\\udf35", "family_name": "Ana\\r\\nSet-Cookie: x=1",
                 "email_addresses": [{"address": "jose@example.org\\r\\nBcc: victim@example.org"}]}}""")
                .json();
        JsonNode ok = api.post("/people", """
                {"person": {"given_name": "Jos\\u00e9 \\ud83c\\udf35", "family_name": "Ana\\r\\nSet-Cookie: x=1"}}""")
                .json();

        assertThat(p.path("error").asString()).contains("is not an email address");
        assertThat(ok.path("given_name").asString()).isEqualTo("José 🌵");
        assertThat(ok.path("family_name").asString()).doesNotContain("\r");
    }

    private static String quote(String s) {
        return JsonMapper.builder().build().writeValueAsString(s);
    }
}
