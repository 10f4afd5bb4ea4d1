package org.convoca.events.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.convoca.api.ApiClient;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.events.TestEvents;
import org.convoca.events.campaign.Campaign;
import org.convoca.events.campaign.Campaigns;
import org.convoca.people.People;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Events, attendances and event campaigns through the Action Network-compatible API, the way scripts call it. */
@ConvocaTest
class EventsApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired TestEvents testEvents;
    @Autowired Events events;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired Campaigns campaigns;

    ApiClient api;
    UUID workspaceId;

    void useNewWorkspace(String name) {
        var w = fixtures.workspace(name);
        workspaceId = w.id();
        api = new ApiClient(port, keys.create(w.id(), "script").secret());
    }

    static String id(JsonNode json) {
        for (JsonNode i : json.get("identifiers")) {
            if (i.asString().startsWith("action_network:")) {
                return i.asString().split(":")[1];
            }
        }
        throw new AssertionError("no action_network: identifier in " + json);
    }

    JsonNode create(String title, String start, String end, String zone) {
        ApiClient.Reply r = api.post("/events", """
                {"title": "%s", "start_date": "%s", "end_date": "%s", "location": {"venue": "Casa del Pueblo",
                 "address_lines": ["1631 W 18th St"], "locality": "Chicago", "region": "IL", "postal_code": "60608",
                 "country": "US", "location": {"time_zone": "%s"}}}""".formatted(title, start, end, zone));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void startAndEndDatesCarryTheOffsetOfTheEventsZoneOnThatDayAcrossDaylightSavingChanges() {
        useNewWorkspace("Offsets");
        JsonNode july = create("Julio", "2027-07-13T12:00:00", "2027-07-13T13:00:00", "America/Chicago");
        assertThat(july.get("start_date").asString()).isEqualTo("2027-07-13T12:00:00-05:00");
        assertThat(july.get("end_date").asString()).isEqualTo("2027-07-13T13:00:00-05:00");
        assertThat(july.at("/location/location/time_zone").asString()).isEqualTo("America/Chicago");
        JsonNode january = create("Enero", "2027-01-12T18:00:00Z", "2027-01-12T19:00:00Z", "America/Chicago");
        assertThat(january.get("start_date").asString()).isEqualTo("2027-01-12T12:00:00-06:00");
        JsonNode springForward = create("Marzo", "2027-03-14T12:00:00", "2027-03-14T13:00:00", "America/Chicago");
        assertThat(springForward.get("start_date").asString()).isEqualTo("2027-03-14T12:00:00-05:00");
        JsonNode fallBack = create("Noviembre", "2027-11-07T09:00:00", "2027-11-07T10:00:00", "America/Los_Angeles");
        assertThat(fallBack.get("start_date").asString()).isEqualTo("2027-11-07T09:00:00-08:00");
        JsonNode phoenix = create("Phoenix", "2027-07-13T12:00:00", "2027-07-13T13:00:00", "America/Phoenix");
        assertThat(phoenix.get("start_date").asString()).isEqualTo("2027-07-13T12:00:00-07:00");
        JsonNode newYork = create("NY", "2027-07-13T12:00:00-04:00", "2027-07-13T13:00:00-04:00", "America/New_York");
        assertThat(events.find(workspaceId, UUID.fromString(id(newYork))).orElseThrow().startsAt())
                .isEqualTo(Instant.parse("2027-07-13T16:00:00Z"));

        JsonNode one = api.get("/events/" + id(july)).json();
        assertThat(one.get("title").asString()).isEqualTo("Julio");
        assertThat(one.at("/location/address_lines/0").asString()).isEqualTo("1631 W 18th St");
        assertThat(one.at("/location/postal_code").asString()).isEqualTo("60608");
        assertThat(one.get("status").asString()).isEqualTo("confirmed");
        assertThat(one.at("/_links/osdi:record_attendance_helper/href").asString()).endsWith("/attendances");

        JsonNode summer = api.get("/events?filter=" + enc("start_date gt '2027-06-01' and start_date lt '2027-08-01'"))
                .json();
        assertThat(summer.get("total_records").asLong()).isEqualTo(3);
        assertThat(summer.get("_embedded").propertyNames().iterator().next()).isEqualTo("osdi:events");
        JsonNode day = api.get("/events?filter=" + enc("start_date eq '2027-01-12'")).json();
        assertThat(day.at("/_embedded/osdi:events/0/title").asString()).isEqualTo("Enero");
        JsonNode past = api.get("/events?page=9").json();
        assertThat(past.at("/_embedded/osdi:events").size()).isZero();
        assertThat(api.get("/events?filter=" + enc("title eq 'x'")).status()).isEqualTo(400);
    }

    @Test
    void putChangesOnlyWhatIsSentAndRefusesWhatCannotBeSaved() {
        useNewWorkspace("Put");
        JsonNode e = create("Asamblea ✊🏽 <script>x</script>", "2027-07-13T12:00:00", "2027-07-13T13:00:00",
                "America/Chicago");
        String path = "/events/" + id(e);
        JsonNode changed = api.put(path, """
                {"capacity": 40, "status": "cancelled", "instructions": "Entrada por la puerta lateral",
                 "visibility": "private"}""").json();
        assertThat(changed.get("capacity").asInt()).isEqualTo(40);
        assertThat(changed.get("status").asString()).isEqualTo("cancelled");
        assertThat(changed.get("visibility").asString()).isEqualTo("private");
        assertThat(changed.get("instructions").asString()).isEqualTo("Entrada por la puerta lateral");
        assertThat(changed.get("title").asString()).isEqualTo("Asamblea ✊🏽 <script>x</script>");
        assertThat(changed.get("start_date").asString()).isEqualTo("2027-07-13T12:00:00-05:00");

        assertThat(api.put(path, "{\"location\": {\"location\": {\"time_zone\": \"Mars/Olympus\"}}}").error())
                .contains("not a time zone");
        assertThat(api.put(path, "{\"end_date\": \"2027-07-13T11:00:00\"}").error()).contains("end_date");
        assertThat(api.put(path, "{\"capacity\": -1}").status()).isEqualTo(400);
        assertThat(api.put(path, "{\"start_date\": \"next tuesday\"}").error()).contains("not a date");
        assertThat(api.put(path, "{\"title\": ").status()).isEqualTo(400);
        assertThat(api.post("/events", "{\"start_date\": \"2027-07-13T12:00:00Z\"}").error()).contains("title");
        assertThat(api.post("/events", "{\"title\": \"No place\", \"start_date\": \"2027-07-13T12:00:00Z\"}").error())
                .contains("location");
        assertThat(api.put(path, "{\"title\": \"" + "x".repeat(301) + "\"}").status()).isEqualTo(400);
        assertThat(api.get(path).json().get("capacity").asInt()).as("nothing half-written").isEqualTo(40);
        assertThat(api.get("/events/" + UUID.randomUUID()).status()).isEqualTo(404);
        useNewWorkspace("Someone else");
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(new ApiClient(port, null).get(path).status()).isEqualTo(401);
    }

    @Test
    void theRecordAttendanceHelperRegistersPeopleAndPutsThemOnTheWaitListWhenSeatsRunOut() {
        useNewWorkspace("Attendances");
        Event e = testEvents.create(workspaceId, TestEvents.webinar("one-seat", Duration.ofDays(5), 1));
        String path = "/events/" + e.id() + "/attendances";
        String lucia = """
                {"person": {"given_name": "Lucía", "family_name": "Peña", "languages_spoken": ["es"],
                 "email_addresses": [{"address": "Lucia@Example.org"}], "postal_addresses": [{"postal_code": "60608"}]},
                 "add_tags": ["webinar-2027", "voluntaria"]}""";
        JsonNode first = api.post(path, lucia).json();
        assertThat(first.get("status").asString()).isEqualTo("accepted");
        JsonNode second = api.post(path, """
                {"person": {"given_name": "محمد", "email_addresses": [{"address": "m@example.org"}]}}""").json();
        assertThat(second.get("status").asString()).isEqualTo("tentative");
        assertThat(second.get("convoca:status").asString()).isEqualTo("waitlisted");
        JsonNode again = api.post(path, lucia).json();
        assertThat(id(again)).isEqualTo(id(first));

        var person = people.findByEmail(workspaceId, "lucia@example.org").orElseThrow();
        assertThat(tags.of(workspaceId, person.id())).extracting(t -> t.name())
                .containsExactlyInAnyOrder("webinar-2027", "voluntaria");
        JsonNode list = api.get(path).json();
        assertThat(list.get("total_records").asLong()).isEqualTo(2);
        assertThat(list.get("_embedded").propertyNames().iterator().next()).isEqualTo("osdi:attendances");
        assertThat(list.at("/_embedded/osdi:attendances/0/action_network:person_id").asString())
                .isEqualTo(person.id().toString());
        assertThat(api.get(path + "/" + id(second)).json().get("status").asString()).isEqualTo("tentative");
        assertThat(api.get("/events/" + e.id()).json().get("total_accepted").asLong()).isEqualTo(1);

        JsonNode linked = api.post(path, "{\"_links\": {\"osdi:person\": {\"href\": "
                + "\"https://actionnetwork.org/api/v2/people/action_network:" + person.id() + "\"}}}").json();
        assertThat(id(linked)).isEqualTo(id(first));
        assertThat(api.post(path, "{\"person\": {\"given_name\": \"Sin correo\"}}").error()).contains("email");
        assertThat(api.post(path, "{\"person\": {\"email_addresses\": [{\"address\": \"a\\r\\nBcc: x@y\"}]}}")
                .status()).isEqualTo(400);
        assertThat(api.post(path, "{\"person\": {\"email_addresses\": [{\"address\": \"x@example.org\"}]}, "
                + "\"add_tags\": [\"\\u0001\"]}").status()).isEqualTo(400);
        assertThat(api.post(path, "[]").status()).isEqualTo(400);
        assertThat(api.post("/events/nope/attendances", lucia).status()).isEqualTo(404);
        assertThat(api.post(path + "?background_request=true", """
                {"person": {"email_addresses": [{"address": "later@example.org"}]}}""").body()).isEqualTo("{}");
    }

    @Test
    void eventCampaignsListTheirEventsIncludingPartnersWithoutTheirInstructions() {
        useNewWorkspace("Campaign owner");
        Event mine = testEvents.create(workspaceId, TestEvents.webinar("mine", Duration.ofDays(5), 0));
        var partner = fixtures.workspace("Partner");
        Event theirs = testEvents.create(partner.id(), TestEvents.webinar("theirs", Duration.ofDays(6), 0));
        Campaign c = campaigns.create(workspaceId, "dia-de-accion", "es",
                Map.of("es", new Campaign.Text("es", "Día de acción", "Únase")));
        campaigns.invite(c, partner.id());
        campaigns.add(c, mine);
        campaigns.add(c, theirs);

        JsonNode list = api.get("/event_campaigns").json();
        assertThat(list.at("/_embedded/osdi:event_campaigns/0/title").asString()).isEqualTo("Día de acción");
        assertThat(list.at("/_embedded/osdi:event_campaigns/0/total_events").asLong()).isEqualTo(2);
        JsonNode inside = api.get("/event_campaigns/" + c.id() + "/events").json();
        assertThat(inside.get("total_records").asLong()).isEqualTo(2);
        assertThat(inside.at("/_embedded/osdi:events/0/instructions").isMissingNode()).isFalse();
        assertThat(inside.at("/_embedded/osdi:events/1/instructions").isMissingNode()).isTrue();
        assertThat(inside.at("/_embedded/osdi:events/0/action_network:event_campaign_id").asString())
                .isEqualTo(c.id().toString());
        assertThat(api.get("/").json().at("/_links/osdi:event_campaigns/href").asString()).endsWith("/event_campaigns");
        useNewWorkspace("Outsider");
        assertThat(api.get("/event_campaigns/" + c.id()).status()).isEqualTo(404);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
