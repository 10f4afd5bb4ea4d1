package org.convoca.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class EntryPointTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Test
    void withAValidKeyTheEntryPointLinksEveryResource() {
        var w = fixtures.workspace("Entry");
        var api = new ApiClient(port, keys.create(w.id(), "script").secret());

        var reply = api.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/hal+json");
        var json = reply.json();
        assertThat(json.path("osdi_version").asString()).isEqualTo("1.1.1");
        assertThat(json.path("max_page_size").asInt()).isEqualTo(25);
        assertThat(json.path("vendor_name").asString()).isEqualTo("Convoca");
        assertThat(json.path("motd").asString()).isNotBlank();
        assertThat(json.path("_links").path("curies").path(0).path("name").asString()).isEqualTo("osdi");
        assertThat(json.path("_links").path("osdi:people").path("href").asString())
                .isEqualTo(api.base() + "/people");
        assertThat(json.path("_links").has("osdi:tags")).isTrue();
        assertThat(json.path("_links").has("osdi:lists")).isTrue();
        assertThat(json.path("_links").has("osdi:person_signup_helper")).isTrue();
    }

    @Test
    void staffCanSeeWhenAKeyWasLastUsed() {
        var w = fixtures.workspace("Last used");
        var made = keys.create(w.id(), "sync");
        assertThat(keys.of(w.id()).getFirst().lastUsedAt()).isNull();

        new ApiClient(port, made.secret()).get("/people");

        assertThat(keys.of(w.id()).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void withoutAKeyOrWithAWrongOneTheEntryPointAnswersWithoutResourceLinks() {
        for (String key : new String[] {null, "cvk_not-a-real-key", ""}) {
            var reply = new ApiClient(port, key).get("");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("osdi_version").asString()).isEqualTo("1.1.1");
            assertThat(reply.json().path("_links").has("osdi:tags")).isFalse();
            assertThat(reply.json().path("_links").has("osdi:people")).isFalse();
        }
    }

    @Test
    void aRevokedKeyNoLongerOpensAnything() {
        var w = fixtures.workspace("Revoked");
        var made = keys.create(w.id(), "old script");
        keys.revoke(w.id(), made.key().id());
        var api = new ApiClient(port, made.secret());

        assertThat(api.get("/").json().path("_links").has("osdi:tags")).isFalse();
        var people = api.get("/people");
        assertThat(people.status()).isEqualTo(401);
        assertThat(people.error()).contains("OSDI-API-Token");
    }
}
