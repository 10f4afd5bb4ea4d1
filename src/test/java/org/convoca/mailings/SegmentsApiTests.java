package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.convoca.api.ApiClient;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/segments} as a script uses it, with well-formed, malformed and hostile requests. */
@ConvocaTest
class SegmentsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    Tags tags;

    @Autowired
    Segments segments;

    @Test
    void scriptCreatesReadsCountsUpdatesAndDeletesASegment() {
        var w = fixtures.workspace("API segments");
        ApiClient api = client(w.id());
        UUID tag = tags.ensure(w.id(), "Voluntarias ✊").id();
        Person ana = fixtures.person(w.id(), "Ana", "ana-sapi@example.org", "es", EmailStatus.SUBSCRIBED);
        Person jose = fixtures.person(w.id(), "José", "jose-sapi@example.org", "es", EmailStatus.BOUNCING);
        fixtures.person(w.id(), "Uma", "uma-sapi@example.org", "en", EmailStatus.SUBSCRIBED);
        tags.tag(w.id(), tag, ana.id());
        tags.tag(w.id(), tag, jose.id());

        ApiClient.Reply created = api.post(url("/segments"), """
                {"name": "Voluntarias en español 🌎", "match": "all",
                 "conditions": [{"type": "has_tag", "value": "Voluntarias ✊"},
                                {"type": "language", "value": "es"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/hal+json");
        JsonNode s = created.json();
        String id = s.path("identifiers").path(0).asString().substring("convoca:".length());
        assertThat(s.path("name").asString()).isEqualTo("Voluntarias en español 🌎");
        assertThat(s.path("count").asInt()).isEqualTo(2);
        assertThat(s.path("reachable_count").asInt()).isEqualTo(1);
        assertThat(s.path("conditions").path(0).path("value").asString()).isEqualTo(tag.toString());
        assertThat(s.path("conditions").path(0).path("label").asString()).isEqualTo("Voluntarias ✊");
        assertThat(s.path("_links").path("self").path("href").asString()).endsWith("/api/v1/segments/" + id);

        ApiClient.Reply changed = api.put(url("/segments/action_network:" + id), """
                {"conditions": [{"type": "has_tag", "value": "convoca:%s"},
                                {"type": "email_status", "value": "bouncing", "exclude": true}]}""".formatted(tag));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Voluntarias en español 🌎");
        assertThat(changed.json().path("count").asInt()).isEqualTo(1);
        assertThat(changed.json().path("conditions").path(1).path("exclude").asBoolean()).isTrue();

        JsonNode read = api.get(url("/segments/" + id + "/")).json();
        assertThat(read.path("count").asInt()).isEqualTo(1);
        JsonNode page = api.get(url("/segments")).json();
        assertThat(page.path("total_records").asInt()).isEqualTo(1);
        assertThat(page.path("_embedded").path("convoca:segments").path(0).path("name").asString())
                .isEqualTo("Voluntarias en español 🌎");
        assertThat(page.path("_embedded").path("convoca:segments").path(0).has("count")).isFalse();

        ApiClient.Reply deleted = api.delete(url("/segments/" + id));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("notice").asString()).contains("deleted");
        assertThat(api.get(url("/segments/" + id)).status()).isEqualTo(404);
    }

    @Test
    void collectionPagesLikeTheOsdiResources() {
        var w = fixtures.workspace("API paging");
        for (int i = 0; i < 3; i++) {
            segments.save(w.id(), null, Segment.draft("Segment " + i, true, List.of()));
        }
        ApiClient api = client(w.id());
        JsonNode first = api.get(url("/segments?per_page=2")).json();
        assertThat(first.path("total_pages").asInt()).isEqualTo(2);
        assertThat(first.path("_links").path("next").path("href").asString()).contains("/api/v1/segments?page=2");
        JsonNode past = api.get(url("/segments?page=9")).json();
        assertThat(past.path("_embedded").path("convoca:segments").isArray()).isTrue();
        assertThat(past.path("_embedded").path("convoca:segments").size()).isZero();
        assertThat(api.get(url("/segments?page=-1")).status()).isEqualTo(400);
    }

    @Test
    void anotherWorkspacesSegmentIsNotFoundAndAKeyIsRequired() {
        var mine = fixtures.workspace("API mine");
        var theirs = fixtures.workspace("API theirs");
        Segment secret = segments.save(theirs.id(), null, Segment.draft("Secret", true, List.of()));
        ApiClient api = client(mine.id());

        assertThat(api.get(url("/segments/" + secret.id())).status()).isEqualTo(404);
        assertThat(api.put(url("/segments/" + secret.id()), "{\"name\": \"Mine now\"}").status()).isEqualTo(404);
        assertThat(api.delete(url("/segments/" + secret.id())).status()).isEqualTo(404);
        assertThat(segments.find(theirs.id(), secret.id()).orElseThrow().name()).isEqualTo("Secret");
        assertThat(api.get(url("/segments")).json().path("total_records").asInt()).isZero();
        ApiClient.Reply anonymous = new ApiClient(port, null).get(url("/segments"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.error()).contains("API key");
        assertThat(new ApiClient(port, "wrong").get(url("/segments")).status()).isEqualTo(401);
    }

    @Test
    void malformedAndHostileRequestsAreRefusedWithAClearErrorAndSaveNothing() {
        var w = fixtures.workspace("API hostile");
        var other = fixtures.workspace("API other");
        UUID foreignTag = tags.ensure(other.id(), "Foreign").id();
        ApiClient api = client(w.id());

        assertThat(refused(api, "{not json", 400)).contains("not valid JSON");
        assertThat(refused(api, "[]", 400)).contains("JSON object");
        assertThat(refused(api, "{}", 400)).contains("needs a name");
        assertThat(refused(api, "{\"name\": \"\"}", 400)).contains("name of 1 to 200 characters");
        assertThat(refused(api, "{\"name\": \"" + "x".repeat(201) + "\"}", 400)).contains("1 to 200");
        assertThat(refused(api, "{\"name\": \"a\\r\\nBcc: x@example.org\"}", 400)).contains("one line");
        assertThat(refused(api, "{\"name\": {\"a\": 1}}", 400)).contains("name must be text");
        assertThat(refused(api, "{\"name\": \"M\", \"match\": \"some\"}", 400)).contains("\"all\" or \"any\"");
        assertThat(refused(api, "{\"name\": \"C\", \"conditions\": {}}", 400)).contains("must be an array");
        assertThat(refused(api, "{\"name\": \"T\", \"conditions\": [{\"type\": \"DROP TABLE\"}]}", 400))
                .contains("conditions[0].type must be one of has_tag");
        assertThat(refused(api, "{\"name\": \"U\", \"conditions\": [{\"type\": \"has_tag\", \"value\": \"Nope\"}]}",
                400)).contains("conditions[0]: There is no such tag in this workspace");
        assertThat(refused(api, "{\"name\": \"F\", \"conditions\": [{\"type\": \"in_list\", \"value\": \"convoca:"
                + foreignTag + "\"}]}", 400)).contains("There is no such list");
        assertThat(refused(api, "{\"name\": \"D\", \"conditions\": [{\"type\": \"created_since\", \"value\": "
                + "\"yesterday\"}]}", 400)).contains("2025-01-31");
        assertThat(refused(api, "{\"name\": \"E\", \"conditions\": [{\"type\": \"language\", \"value\": \"es\", "
                + "\"exclude\": \"yes\"}]}", 400)).contains("exclude must be true or false");
        String many = "{\"type\": \"language\", \"value\": \"es\"},".repeat(21);
        assertThat(refused(api, "{\"name\": \"Many\", \"conditions\": [" + many.substring(0, many.length() - 1)
                + "]}", 400)).contains("at most 20");
        assertThat(api.send(api.request(url("/segments")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))).status()).isEqualTo(415);
        assertThat(api.send(api.request(url("/segments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")))
                .status()).isEqualTo(413);
        assertThat(segments.count(w.id())).isZero();

        String hostile = "<script>alert(1)</script>'; DROP TABLE segments; -- مرحبا";
        ApiClient.Reply saved = api.post(url("/segments"), "{\"name\": \"" + hostile.replace("\"", "\\\"")
                + "\", \"conditions\": [{\"type\": \"region\", \"value\": \"' OR 1=1 --\"}]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().path("name").asString()).isEqualTo(hostile);
        assertThat(saved.json().path("count").asInt()).isZero();
        ApiClient.Reply twice = api.post(url("/segments"), "{\"name\": \"" + hostile + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.error()).contains("already exists");
    }

    @Test
    void aSegmentADraftMessageTargetsIsLinkedFromItAndCannotBeDeleted() {
        var w = fixtures.workspace("API in use");
        Segment s = segments.save(w.id(), null, Segment.draft("Everyone", true, List.of()));
        ApiClient.Reply message = client(w.id()).post("/messages", """
                {"subject": "Hola", "body": "<p>Hola</p>", "targets": [{"href": "%s"}]}""".formatted(
                url("/segments/" + s.id())));
        assertThat(message.json().path("targets").path(0).path("href").asString())
                .isEqualTo(url("/segments/" + s.id()));
        ApiClient.Reply refused = client(w.id()).delete(url("/segments/" + s.id()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).contains("not sent yet");
        assertThat(client(w.id()).get(url("/segments/nothing-here")).status()).isEqualTo(404);
        assertThat(client(w.id()).send(client(w.id()).request(url("/segments/" + s.id()))
                .method("PATCH", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(405);
    }

    private ApiClient client(UUID workspaceId) {
        return new ApiClient(port, keys.create(workspaceId, "script").secret());
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/v1" + path;
    }

    private String refused(ApiClient api, String body, int status) {
        ApiClient.Reply reply = api.post(url("/segments"), body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.error();
    }
}
