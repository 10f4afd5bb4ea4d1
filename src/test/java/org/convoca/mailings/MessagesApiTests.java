package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.convoca.api.ApiClient;
import org.convoca.mail.CapturedMail;
import org.convoca.mail.Mailbox;
import org.convoca.mail.MailboxReader;
import org.convoca.people.EmailStatus;
import org.convoca.support.ConvocaTest;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Messages and wrappers on the OSDI API, as an Action Network client writes and reads them. */
@ConvocaTest
class MessagesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Autowired
    Wrappers wrappers;

    @Autowired
    Mailbox mailbox;

    @Test
    void clientCreatesABilingualMessageToAListSendsItAndReadsItsStatistics() throws Exception {
        var w = fixtures.workspace("API sender");
        ApiClient api = new ApiClient(port, keys.create(w.id(), "script").secret());
        UUID list = fixtures.list(w.id(), "Volunteers");
        var ana = fixtures.person(w.id(), "Ana", "ana-api@example.org", "en", EmailStatus.SUBSCRIBED);
        var jose = fixtures.person(w.id(), "José", "jose-api@example.org", "es", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Not listed", "other-api@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.addToList(w.id(), list, ana.id());
        fixtures.addToList(w.id(), list, jose.id());

        ApiClient.Reply created = api.post("/messages", """
                {"subject": "Hi {{given_name|friend}}", "from": "Red de Acción", "reply_to": "team@example.org",
                 "body": "<p>Hello <b>{{given_name}}</b><script>alert(1)</script></p>",
                 "versions": {"es": {"subject": "Hola {{given_name}}", "body": "<p>Hola</p>"}},
                 "targets": [{"href": "https://actionnetwork.org/api/v2/lists/%s"}]}""".formatted(list));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("identifiers").path(0).asString().substring("convoca:".length());
        assertThat(created.json().path("status").asString()).isEqualTo("draft");
        assertThat(created.json().path("targets").path(0).path("href").asString()).endsWith("/lists/" + list);

        ApiClient.Reply sent = api.post("/messages/" + id + "/send", "{}");
        assertThat(sent.json().path("status").asString()).isEqualTo("sending");
        assertThat(sent.json().path("total_targeted").asInt()).isEqualTo(2);
        fixtures.await(w.id(), UUID.fromString(id), MailingStatus.SENT, Duration.ofSeconds(20));

        JsonNode read = api.get("/messages/" + id).json();
        assertThat(read.path("statistics").path("sent").asInt()).isEqualTo(2);
        assertThat(read.path("statistics_by_language").path("es").path("sent").asInt()).isEqualTo(1);
        CapturedMail toAna = captured(w.id(), "Hi Ana");
        assertThat(toAna.htmlBody()).contains("Hello <b>Ana</b>").doesNotContain("<script");
        assertThat(api.post("/messages/" + id + "/send", "{}").error()).contains("already");
    }

    @Test
    void updatesSchedulesAndRefusesWhatCannotBeSent() {
        var w = fixtures.workspace("API edits");
        ApiClient api = new ApiClient(port, keys.create(w.id(), "script").secret());
        String id = api.post("/messages", "{\"subject\": \"Draft\", \"body\": \"<p>x</p>\", \"everyone\": true}")
                .json().path("identifiers").path(0).asString();

        assertThat(api.put("/messages/" + id, "{\"subject\": \"Changed\"}").json().path("subject").asString())
                .isEqualTo("Changed");
        assertThat(api.put("/messages/" + id, "{\"subject\": \"Hola {{apodo}}\"}").error()).contains("{{apodo}}");
        assertThat(api.post("/messages/" + id + "/schedule", "{\"scheduled_start_date\": \"tomorrow\"}").status())
                .isEqualTo(400);
        String at = Instant.now().plus(Duration.ofDays(2)).toString();
        ApiClient.Reply scheduled = api.post("/messages/" + id + "/schedule", "{\"scheduled_start_date\": \"" + at
                + "\"}");
        assertThat(scheduled.json().path("status").asString()).isEqualTo("scheduled");
        assertThat(api.put("/messages/" + id, "{\"subject\": \"Too late\"}").error()).contains("Only a draft");
    }

    @Test
    void hostileMalformedAndForeignRequestsGetClearErrors() {
        var w = fixtures.workspace("API hostile");
        var other = fixtures.workspace("API other");
        ApiClient api = new ApiClient(port, keys.create(w.id(), "script").secret());
        ApiClient intruder = new ApiClient(port, keys.create(other.id(), "other").secret());
        String id = api.post("/messages", "{\"subject\": \"Mine\", \"body\": \"<p>x</p>\"}").json()
                .path("identifiers").path(0).asString();

        assertThat(intruder.get("/messages/" + id).status()).isEqualTo(404);
        assertThat(intruder.post("/messages/" + id + "/send", "{}").status()).isEqualTo(404);
        assertThat(api.post("/messages", "{\"subject\": \"x\", \"targets\": [{\"href\": \"/people/1\"}]}").error())
                .contains("targets[0]");
        assertThat(api.post("/messages", "{\"subject\": [1]}").error()).contains("subject must be text");
        assertThat(api.post("/messages", "{\"subject\": \"a\\r\\nBcc: x@example.org\"}").error())
                .contains("one line");
        assertThat(api.post("/messages", "{'").status()).isEqualTo(400);
        assertThat(api.post("/messages", "{\"subject\": \"x\", \"language\": \"fr\"}").status()).isEqualTo(400);
        assertThat(api.get("/messages/'%20OR%201=1%20--").status()).isEqualTo(404);
        assertThat(new ApiClient(port, null).get("/messages").status()).isEqualTo(401);
    }

    @Test
    void wrappersAndTheEntryPointAreListed() {
        var w = fixtures.workspace("API wrappers");
        wrappers.save(w.id(), Wrapper.draft("Monthly", "Red de Acción", null, "#123456", "#fafafa", "Thanks!"));
        ApiClient api = new ApiClient(port, keys.create(w.id(), "script").secret());

        JsonNode page = api.get("/wrappers").json();
        assertThat(page.path("_embedded").path("osdi:wrappers").path(0).path("name").asString()).isEqualTo("Monthly");
        JsonNode entry = api.get("/").json();
        assertThat(entry.path("_links").has("osdi:messages")).isTrue();
        assertThat(entry.path("_links").has("osdi:wrappers")).isTrue();
        assertThat(api.get("/messages").json().path("_embedded").has("osdi:messages")).isTrue();
    }

    private CapturedMail captured(UUID workspaceId, String subject) {
        return mailbox.page(new MailboxReader(workspaceId, UUID.randomUUID(), "nobody@example.org", true), 0, 50)
                .stream().filter(s -> s.subject().equals(subject)).findFirst()
                .flatMap(s -> mailbox.find(new MailboxReader(workspaceId, UUID.randomUUID(), "nobody@example.org",
                        true), s.id()))
                .orElseThrow(() -> new AssertionError("No message " + subject));
    }
}
