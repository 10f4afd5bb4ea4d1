package org.convoca.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.api.ApiClient;
import org.convoca.people.Lists;
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

@ConvocaTest
class TagsAndListsApiTests {

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
    Lists lists;

    ApiClient api(Fixtures.TestWorkspace w) {
        return new ApiClient(port, keys.create(w.id(), "test").secret());
    }

    static String id(JsonNode resource) {
        return resource.path("identifiers").path(0).asString().substring("convoca:".length());
    }

    @Test
    void creatingATagTwiceGivesBackTheSameTag() {
        var api = api(fixtures.workspace("Tags"));

        JsonNode first = api.post("/tags", "{\"name\": \"Voluntaria 🌵\"}").json();
        JsonNode again = api.post("/tags/", "{\"name\": \"  Voluntaria 🌵 \"}").json();

        assertThat(first.path("name").asString()).isEqualTo("Voluntaria 🌵");
        assertThat(again.path("identifiers")).isEqualTo(first.path("identifiers"));
        JsonNode all = api.get("/tags").json();
        assertThat(all.path("total_records").asLong()).isEqualTo(1);
        assertThat(all.path("_embedded").path("osdi:tags").path(0).path("_links").path("osdi:taggings").path("href")
                .asString()).isEqualTo(api.base() + "/tags/" + id(first) + "/taggings");
        assertThat(api.get("/tags/" + id(first)).json().path("name").asString()).isEqualTo("Voluntaria 🌵");
        assertThat(api.post("/tags", "{}").error()).isEqualTo("A tag needs a name.");
        assertThat(api.post("/tags", "{\"name\": \"" + "x".repeat(201) + "\"}").status()).isEqualTo(400);
        assertThat(api.post("/tags", "{\"name\": [\"a\"]}").error()).isEqualTo("name must be text, not an array.");
    }

    @Test
    void aTaggingIsMadeFromAPersonLinkOnAnyHostListedAndDeleted() {
        var w = fixtures.workspace("Taggings");
        var api = api(w);
        Person p = people.create(w.id(), Person.draft("Ana", "López", "ana@example.org"));
        String tag = id(api.post("/tags", "{\"name\": \"volunteer\"}").json());

        var made = api.post("/tags/" + tag + "/taggings", """
                {"_links": {"osdi:person": {"href": "https://actionnetwork.org/api/v2/people/%s"}}}""".formatted(p.id()));
        JsonNode listed = api.get("/tags/" + tag + "/taggings").json();
        JsonNode ofPerson = api.get("/people/" + p.id() + "/taggings").json();
        String tagging = id(made.json());
        var one = api.get("/tags/" + tag + "/taggings/" + tagging);
        var deleted = api.delete("/tags/" + tag + "/taggings/" + tagging);

        assertThat(made.status()).isEqualTo(200);
        assertThat(made.json().path("item_type").asString()).isEqualTo("osdi:person");
        assertThat(made.json().path("_links").path("osdi:person").path("href").asString())
                .isEqualTo(api.base() + "/people/" + p.id());
        assertThat(listed.path("_embedded").path("osdi:taggings").path(0).path("identifiers"))
                .isEqualTo(made.json().path("identifiers"));
        assertThat(ofPerson.path("_embedded").path("osdi:taggings").size()).isEqualTo(1);
        assertThat(one.json().path("identifiers")).isEqualTo(made.json().path("identifiers"));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("notice").asString()).isEqualTo("This tagging was successfully deleted.");
        assertThat(tags.of(w.id(), p.id())).isEmpty();
        assertThat(api.get("/tags/" + tag + "/taggings").json().path("_embedded").path("osdi:taggings").size())
                .isZero();
        assertThat(api.delete("/tags/" + tag + "/taggings/" + tagging).status()).isEqualTo(404);
    }

    @Test
    void aTaggingWithoutAPersonOrWithAnUnknownOneIsRefused() {
        var w = fixtures.workspace("Bad taggings");
        var api = api(w);
        String tag = id(api.post("/tags", "{\"name\": \"volunteer\"}").json());

        assertThat(api.post("/tags/" + tag + "/taggings", "{}").error()).contains("_links.osdi:person.href");
        assertThat(api.post("/tags/" + tag + "/taggings",
                "{\"_links\": {\"osdi:person\": {\"href\": \"https://x.org/people/nobody\"}}}").status())
                .isEqualTo(404);
        assertThat(api.post("/tags/00000000-0000-7000-8000-000000000000/taggings", "{}").status()).isEqualTo(404);
    }

    @Test
    void anotherWorkspacesTagsAndPeopleAreNotThere() {
        var mine = fixtures.workspace("Mine");
        var theirs = fixtures.workspace("Theirs");
        var theirApi = api(theirs);
        Person p = people.create(mine.id(), Person.draft("Nadia", "Haddad", "nadia@example.org"));
        var myTag = tags.ensure(mine.id(), "secret");
        var myTagging = tags.tag(mine.id(), myTag.id(), p.id());
        var myList = lists.ensure(mine.id(), "Board", "");
        String theirTag = id(theirApi.post("/tags", "{\"name\": \"theirs\"}").json());

        assertThat(theirApi.get("/tags/" + myTag.id()).status()).isEqualTo(404);
        assertThat(theirApi.get("/tags/" + myTag.id() + "/taggings").status()).isEqualTo(404);
        assertThat(theirApi.delete("/tags/" + myTag.id() + "/taggings/" + myTagging.id()).status()).isEqualTo(404);
        assertThat(theirApi.post("/tags/" + theirTag + "/taggings",
                "{\"_links\": {\"osdi:person\": {\"href\": \"/people/" + p.id() + "\"}}}").status()).isEqualTo(404);
        assertThat(theirApi.get("/people/" + p.id() + "/taggings").status()).isEqualTo(404);
        assertThat(theirApi.get("/lists/" + myList.id()).status()).isEqualTo(404);
        assertThat(theirApi.get("/tags").json().path("total_records").asLong()).isEqualTo(1);
        assertThat(tags.of(mine.id(), p.id())).hasSize(1);
    }

    @Test
    void listsAndTheirItemsAreReadable() {
        var w = fixtures.workspace("Lists");
        var api = api(w);
        Person p = people.create(w.id(), Person.draft("Luz", "Ortega", null));
        var list = lists.ensure(w.id(), "Prensa / Press", "Reporters who asked for our releases");
        var item = lists.add(w.id(), list.id(), p.id());

        JsonNode all = api.get("/lists").json();
        JsonNode items = api.get("/lists/" + list.id() + "/items").json();

        assertThat(all.path("_embedded").path("osdi:lists").path(0).path("name").asString()).isEqualTo("Prensa / Press");
        assertThat(api.get("/lists/" + list.id()).json().path("description").asString())
                .isEqualTo("Reporters who asked for our releases");
        assertThat(items.path("total_records").asLong()).isEqualTo(1);
        assertThat(items.path("_embedded").path("osdi:items").path(0).path("_links").path("osdi:person").path("href")
                .asString()).isEqualTo(api.base() + "/people/" + p.id());
        assertThat(api.get("/lists/" + list.id() + "/items/" + item.id()).status()).isEqualTo(200);
        assertThat(api.get("/lists/" + list.id() + "/items?page=2").json().path("_embedded").path("osdi:items").size())
                .isZero();
    }
}
