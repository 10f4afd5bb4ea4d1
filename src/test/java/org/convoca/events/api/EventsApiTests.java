package org.convoca.events.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convoca.api.ApiClient;
import org.convoca.events.Event;
import org.convoca.events.TestEvents;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Events through the OSDI API, read as Action Network clients read them. */
@ConvocaTest
class EventsApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired TestEvents testEvents;

    @Test
    void eventsCarryTheirLocalTimesWithTheUtcOffsetAndTheirZoneAndAreFilteredByStart() {
        var w = fixtures.workspace("API");
        Instant june = Instant.parse("2027-06-08T17:00:00Z");
        Instant january = Instant.parse("2027-01-12T18:00:00Z");
        Event summer = testEvents.create(w.id(), TestEvents.draft("summer", june, june.plusSeconds(3600),
                "America/Chicago", 50, "https://meet.example.org/secret", ""));
        testEvents.create(w.id(), TestEvents.draft("winter", january, january.plusSeconds(5400),
                "America/New_York", 0, "", "Casa\n1 Main St"));
        var other = fixtures.workspace("Other API");
        testEvents.create(other.id(), TestEvents.draft("theirs", june, june.plusSeconds(60), "UTC", 0, "", "X"));
        ApiClient api = new ApiClient(port, keys.create(w.id(), "test").secret());

        ApiClient.Reply all = api.get("/events");
        assertThat(all.status()).isEqualTo(200);
        JsonNode items = all.json().get("_embedded").get("osdi:events");
        List<String> titles = new ArrayList<>();
        items.forEach(i -> titles.add(i.get("name").asString()));
        assertThat(titles).containsExactly("winter", "summer");
        assertThat(all.json().get("total_records").asLong()).isEqualTo(2);
        JsonNode winter = items.get(0);
        assertThat(winter.get("start_date").asString()).isEqualTo("2027-01-12T13:00:00-05:00");
        assertThat(winter.get("end_date").asString()).isEqualTo("2027-01-12T14:30:00-05:00");
        assertThat(winter.get("location").get("time_zone").asString()).isEqualTo("America/New_York");
        assertThat(winter.get("location").get("address_lines").get(1).asString()).isEqualTo("1 Main St");

        JsonNode one = api.get("/events/convoca:" + summer.id()).json();
        assertThat(one.get("start_date").asString()).isEqualTo("2027-06-08T12:00:00-05:00");
        assertThat(one.get("title").asString()).isEqualTo("Know your rights");
        assertThat(one.get("capacity").asInt()).isEqualTo(50);
        assertThat(one.get("status").asString()).isEqualTo("confirmed");
        assertThat(one.toString()).doesNotContain("meet.example.org");

        JsonNode later = api.get("/events?filter=" + java.net.URLEncoder.encode("start_date gt '2027-03-01'",
                java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(later.get("_embedded").get("osdi:events")).hasSize(1);
        assertThat(later.get("_embedded").get("osdi:events").get(0).get("name").asString()).isEqualTo("summer");
        assertThat(api.get("/events?filter=" + java.net.URLEncoder.encode("title eq 'x'",
                java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(api.get("/events/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/").json().get("_links").has("osdi:events")).isTrue();
    }
}
