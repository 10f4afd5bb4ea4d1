package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.convoca.api.ApiClient;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class BackgroundRequestTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    People people;

    @Autowired
    Tags tags;

    @Autowired
    JdbcClient jdbc;

    Fixtures.TestWorkspace w;
    ApiClient api;

    @BeforeEach
    void workspace() {
        w = fixtures.workspace("Background");
        api = new ApiClient(port, keys.create(w.id(), "test").secret());
    }

    @Test
    void aBackgroundSignupAnswersEmptyAtOnceAndTheWorkIsDoneSoonAfter() {
        var reply = api.post("/people?background_request=true", """
                {"person": {"given_name": "Ana", "email_addresses": [{"address": "ana@example.org"}]},
                 "add_tags": ["later"]}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{}");
        eventually(() -> people.findByEmail(w.id(), "ana@example.org").isPresent());
        Person ana = people.findByEmail(w.id(), "ana@example.org").orElseThrow();
        assertThat(tags.of(w.id(), ana.id())).extracting(t -> t.name()).containsExactly("later");
    }

    @Test
    void backgroundPutsAndTaggingsAreAppliedToo() {
        Person p = people.create(w.id(), Person.draft("Omar", "Haddad", "omar@example.org"));
        String tag = api.post("/tags", "{\"name\": \"volunteer\"}").json().path("identifiers").path(0).asString()
                .substring("convoca:".length());

        assertThat(api.put("/people/" + p.id() + "?background_request=true", """
                {"email_addresses": [{"address": "omar@example.org", "status": "unsubscribed"}]}""").body())
                .isEqualTo("{}");
        assertThat(api.post("/tags/" + tag + "/taggings?background_request=true",
                "{\"_links\": {\"osdi:person\": {\"href\": \"/people/" + p.id() + "\"}}}").body()).isEqualTo("{}");

        eventually(() -> people.find(w.id(), p.id()).orElseThrow().emailStatus() == EmailStatus.UNSUBSCRIBED);
        eventually(() -> !tags.of(w.id(), p.id()).isEmpty());
    }

    @Test
    void whatCanBeCheckedAtOnceIsRefusedAtOnceAndARequestWrongLaterIsDroppedNotRetried() {
        assertThat(api.post("/people?background_request=true", "{").status()).isEqualTo(400);
        assertThat(api.put("/people/" + java.util.UUID.randomUUID() + "?background_request=true", "{}").status())
                .isEqualTo(404);
        assertThat(new ApiClient(port, null).post("/people?background_request=true", "{}").status()).isEqualTo(401);

        assertThat(api.post("/people?background_request=true",
                "{\"person\": {\"email_addresses\": [{\"address\": \"not an email\"}]}}").status()).isEqualTo(200);
        eventually(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'api-background-request'")
                .query(Long.class).single() == 0);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
    }

    @Test
    void backgroundProcessingSpelledTheOtherWayIsAnsweredAtOnceWithThePerson() {
        var reply = api.post("/people?background_processing=true", """
                {"person": {"email_addresses": [{"address": "luz@example.org"}]}}""");

        assertThat(reply.json().path("identifiers").path(1).asString()).startsWith("action_network:");
    }

    private static void eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for the background work").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
