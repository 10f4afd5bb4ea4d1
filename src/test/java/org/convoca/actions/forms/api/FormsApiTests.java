package org.convoca.actions.forms.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.convoca.actions.SentMail;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Submissions;
import org.convoca.actions.forms.TestForms;
import org.convoca.api.ApiClient;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.convoca.actions.Autoresponse;
import org.convoca.actions.AutoresponseText;
import org.convoca.actions.Autoresponses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Forms and submissions on the OSDI API, called the way Parsons and other Action Network clients call them. */
@ConvocaTest
class FormsApiTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiKeys keys;
    @Autowired TestForms testForms;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired Consents consents;
    @Autowired Submissions submissions;
    @Autowired Autoresponses autoresponses;
    @Autowired SentMail mail;

    ApiClient http;
    String token;
    java.util.UUID workspaceId;

    void useNewWorkspace(String name) {
        var w = fixtures.workspace(name);
        token = keys.create(w.id(), "script").secret();
        http = new ApiClient(port, token);
        workspaceId = w.id();
    }

    ApiClient.Reply python(String method, String path, String body) {
        HttpRequest.Builder b = http.request(http.base() + path).header("Content-Type", "application/json")
                .header("User-Agent", "python-requests/2.32.3");
        return http.send(body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
    }

    static String anId(JsonNode json) {
        for (JsonNode i : json.get("identifiers")) {
            if (i.asString().startsWith("action_network:")) {
                return i.asString().split(":")[1];
            }
        }
        throw new AssertionError("no action_network: identifier in " + json);
    }

    @Test
    void aClientCreatesAFormRecordsSubmissionsWithAnswersAndTagsAndPagesThemBack() {
        useNewWorkspace("Api forms");
        assertThat(python("GET", "/", null).json().path("_links").path("osdi:forms").path("href").asString())
                .endsWith("/api/v2/forms");
        JsonNode created = python("POST", "/forms", "{\"title\": \"Sign up to volunteer\", \"description\": "
                + "\"<p>Help <b>us</b><script>alert(1)</script></p>\"}").json();
        assertThat(created.path("title").asString()).isEqualTo("Sign up to volunteer");
        assertThat(created.path("description").asString()).contains("<b>us</b>").doesNotContain("script");
        assertThat(created.path("total_submissions").asLong()).isZero();
        assertThat(created.path("_links").path("osdi:record_submission_helper").path("href").asString())
                .endsWith("/api/v2/forms/" + anId(created) + "/submissions");

        Form survey = testForms.survey(workspaceId, "survey");
        String q0 = survey.questions().get(0).id().toString();
        String q2 = survey.questions().get(2).id().toString();
        String q3 = survey.questions().get(3).id().toString();
        String helper = "{\"person\": {\"given_name\": \"Jos\\u00e9\", \"email_addresses\": [{\"address\": "
                + "\"Jose.Api@Example.org\"}], \"languages_spoken\": [\"es\"]}, \"add_tags\": [\"volunteer\"], "
                + "\"convoca:answers\": {\"" + q0 + "\": \"San Jos\\u00e9\", \"" + q2 + "\": \"S\\u00ed\", \"" + q3
                + "\": [\"Ingl\\u00e9s\", \"K'iche'\"]}}";
        ApiClient.Reply recorded = python("POST", "/forms/action_network:" + survey.id() + "/submissions", helper);
        assertThat(recorded.status()).isEqualTo(200);
        JsonNode submission = recorded.json();
        assertThat(submission.path("created_date").asString()).isEqualTo(submission.path("modified_date").asString());
        assertThat(submission.path("action_network:form_id").asString()).isEqualTo(survey.id().toString());
        assertThat(submission.path("convoca:answers").path(1).path("answer").asString()).isEqualTo("Yes");
        assertThat(submission.path("convoca:answers").path(2).path("answer").path(1).asString()).isEqualTo("K'iche'");
        Person jose = people.findByEmail(workspaceId, "jose.api@example.org").orElseThrow();
        assertThat(submission.path("_links").path("osdi:person").path("href").asString()).endsWith("/people/"
                + jose.id());
        assertThat(tags.of(workspaceId, jose.id())).extracting(t -> t.name()).contains("volunteer");
        assertThat(consents.of(workspaceId, jose.id())).as("no form was shown, so no consent is claimed").isEmpty();

        JsonNode again = python("POST", "/forms/" + survey.id() + "/submissions", "{\"person\": {\"email_addresses\": "
                + "[{\"address\": \"jose.api@example.org\"}]}, \"convoca:answers\": {\"" + q0 + "\": \"Austin\"}}")
                .json();
        assertThat(anId(again)).isEqualTo(anId(submission));
        assertThat(again.path("convoca:answers").path(0).path("answer").asString())
                .as("the workspace's own key may correct an answer").isEqualTo("Austin");

        JsonNode page = python("GET", "/forms/" + survey.id() + "/submissions?per_page=1", null).json();
        assertThat(page.path("total_records").asLong()).isEqualTo(1);
        assertThat(page.path("_embedded").path("osdi:submissions").size()).isEqualTo(1);
        assertThat(python("GET", "/forms/" + survey.id() + "/submissions?page=9", null).json().path("_embedded")
                .path("osdi:submissions").size()).isZero();
        assertThat(python("GET", "/people/" + jose.id() + "/submissions", null).json().path("total_records").asLong())
                .isEqualTo(1);
        JsonNode forms = python("GET", "/forms/", null).json();
        assertThat(forms.path("total_records").asLong()).isEqualTo(2);
        assertThat(forms.path("_embedded").path("osdi:forms").path(1).path("total_submissions").asLong()).isEqualTo(1);
        assertThat(forms.path("_embedded").path("osdi:forms").path(1).path("convoca:questions").size()).isEqualTo(5);

        JsonNode renamed = python("PUT", "/forms/" + anId(created), "{\"title\": \"Volunteer with us\"}").json();
        assertThat(renamed.path("title").asString()).isEqualTo("Volunteer with us");
        assertThat(renamed.path("description").asString()).contains("<b>us</b>");
    }

    @Test
    void wrongRequestsGetAClearErrorAndWriteNothing() {
        useNewWorkspace("Api forms errors");
        Form survey = testForms.survey(workspaceId, "errors");
        String url = "/forms/" + survey.id() + "/submissions";
        String q2 = survey.questions().get(2).id().toString();
        String q0 = survey.questions().get(0).id().toString();

        ApiClient.Reply noPerson = python("POST", url, "{\"add_tags\": [\"x\"]}");
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.error()).contains("person");
        ApiClient.Reply badChoice = python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"c@example.org\"}]}, \"convoca:answers\": {\"" + q2 + "\": \"Maybe'; DROP TABLE people;--\"}}");
        assertThat(badChoice.status()).isEqualTo(400);
        assertThat(badChoice.error()).contains("choices");
        ApiClient.Reply tooLong = python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"c@example.org\"}]}, \"convoca:answers\": {\"" + q0 + "\": \"" + "x".repeat(301) + "\"}}");
        assertThat(tooLong.status()).isEqualTo(400);
        ApiClient.Reply unknownQuestion = python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"c@example.org\"}]}, \"convoca:answers\": {\"not-a-question\": \"x\"}}");
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.error()).contains("not a question");
        ApiClient.Reply notJson = python("POST", url, "{\"person\": ");
        assertThat(notJson.status()).isEqualTo(400);
        ApiClient.Reply badEmail = python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": "
                + "\"a@b.org\\r\\nBcc: x@y.org\"}]}}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(people.findByEmail(workspaceId, "c@example.org")).isEmpty();
        assertThat(submissions.count(workspaceId, Submissions.Scope.form(survey.id()))).isZero();

        assertThat(python("POST", "/forms", "{\"title\": \"\"}").status()).isEqualTo(400);
        assertThat(python("POST", "/forms", "{\"title\": \"" + "t".repeat(301) + "\"}").status()).isEqualTo(400);
        assertThat(python("GET", "/forms/00000000-0000-0000-0000-000000000000", null).status()).isEqualTo(404);
        assertThat(python("GET", "/forms/'%20OR%201=1%20--", null).status()).isIn(400, 404);

        useNewWorkspace("Api forms stranger");
        ApiClient.Reply stranger = python("GET", url, null);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(new ApiClient(port, null).get(url).status()).isIn(401, 403);
    }

    @Test
    void theHelperSendsTheConfirmationEmailOnlyWhenAskedAndWorksInTheBackground() throws Exception {
        useNewWorkspace("Api forms confirm");
        Form survey = testForms.survey(workspaceId, "confirm");
        autoresponses.save(workspaceId, survey.id(), new Autoresponse(true, java.util.Map.of("en",
                new AutoresponseText("en", "Thanks {{given_name|friend}}", "Got your answers to {{title}}."))));
        String url = "/forms/" + survey.id() + "/submissions";
        python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": \"quiet.api@example.org\"}]}}");
        python("POST", url, "{\"person\": {\"email_addresses\": [{\"address\": \"asked.api@example.org\"}]}, "
                + "\"triggers\": {\"autoresponse\": {\"enabled\": true}}}");
        ApiClient.Reply later = python("POST", url + "?background_request=true", "{\"person\": {\"email_addresses\": "
                + "[{\"address\": \"later.api@example.org\"}]}}");
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.body()).isEqualTo("{}");

        assertThat(mail.await("asked.api@example.org", 1)).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Got your answers to Know your rights survey."));
        assertThat(mail.to("quiet.api@example.org")).isEmpty();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (people.findByEmail(workspaceId, "later.api@example.org").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(people.findByEmail(workspaceId, "later.api@example.org")).isPresent();
        assertThat(submissions.count(workspaceId, Submissions.Scope.form(survey.id()))).isEqualTo(3);
    }
}
