package org.convoca.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PeoplePagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired AuditLog audit;

    @Test
    void everyFieldTypedIntoTheFormShowsOnThePersonsPageWithDatesInTheWorkspaceTimeZone() {
        var w = fixtures.workspace("Every field");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        Map<String, String> form = new HashMap<>(Map.of("given_name", "Nūr 🌵", "family_name", "אלמוג Núñez",
                "email", "Nur@Example.org", "email_status", "unsubscribed", "phone", "+52 55 1234 5678",
                "address_lines", "Calle 5 de Mayo 12\nInterior 3", "locality", "Ciudad de México", "region", "CDMX",
                "postal_code", "06000", "country", "mx"));
        form.putAll(Map.of("language", "es", "source", "Feria 2025", "field_name", "país", "field_value", "México"));

        WebSession.Page page = staff.post("/admin/people/new", "/admin/people", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.url()).matches(".*/admin/people/[0-9a-f-]{36}");
        assertThat(page.text()).contains("Nūr 🌵", "אלמוג Núñez", "nur@example.org", "Unsubscribed", "+52 55 1234 5678",
                "Calle 5 de Mayo 12", "Interior 3", "Ciudad de México", "CDMX", "06000", "MX", "Feria 2025",
                "país", "México", "Added by");
        assertThat(page.text()).containsPattern("C[SD]T");
    }

    @Test
    void hostileInputIsShownAsTextOrRefusedFieldByFieldWithNothingHalfSaved() {
        var w = fixtures.workspace("Hostile");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page script = staff.post("/admin/people/new", "/admin/people",
                Map.of("given_name", "<script>alert(1)</script>", "family_name", "O'Brien\"; DROP TABLE people; --"));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(script.html().select("h1").text()).contains("<script>alert(1)</script>", "O'Brien\"; DROP TABLE");

        WebSession.Page crlf = staff.post("/admin/people/new", "/admin/people",
                Map.of("given_name", "Ana\r\nBcc: victim@example.org", "email", "ana@example.org\r\nBcc: x@y.org"));
        assertThat(crlf.status()).isEqualTo(422);
        assertThat(crlf.html().select("#given_name-error").text()).contains("single line");
        assertThat(crlf.html().select("#email-error").text()).isNotEmpty();

        String huge = "ñ".repeat(10_000);
        WebSession.Page big = staff.post("/admin/people/new", "/admin/people", Map.of("given_name", huge,
                "family_name", huge, "email", huge, "phone", huge, "address_lines", huge, "locality", huge,
                "source", huge, "field_name", "notes", "field_value", huge));
        assertThat(big.status()).isEqualTo(422);
        assertThat(big.text()).contains("Nothing has been saved", "given name is longer than 200",
                "phone is longer than 40", "longer than 2000 characters");
        assertThat(big.html().selectFirst("input[name=given_name]").val()).isEqualTo(huge);

        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(staff.get("/admin/people?q=" + "%27%20OR%201%3D1%20--").text()).contains("No one matches");
        assertThat(staff.get("/admin/people?q=o%27brien").text()).contains("1 person");
    }

    @Test
    void editingWithAnInvalidEmailShowsTheErrorBesideTheFieldInSpanishAndChangesNothing() {
        var w = fixtures.workspace("Edit");
        Person p = people.create(w.id(), Person.draft("Rosa", "Parks", "rosa@example.org"));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        staff.post("/admin", "/language", Map.of("lang", "es", "back", "/admin"));

        WebSession.Page page = staff.post("/admin/people/" + p.id() + "/edit", "/admin/people/" + p.id(),
                Map.of("given_name", "Rosa", "family_name", "Parks", "email", "rosa@", "email_status", "subscribed"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#email-error").text()).contains("Escriba una dirección de correo válida");
        assertThat(page.html().selectFirst("input[name=email]").val()).isEqualTo("rosa@");
        assertThat(people.find(w.id(), p.id()).orElseThrow().email()).isEqualTo("rosa@example.org");
    }

    @Test
    void editsTagsAndListsAreWrittenOnTheTimeline() {
        var w = fixtures.workspace("Timeline");
        Person p = people.create(w.id(), Person.draft("Luis", "Gómez", "luis@example.org"));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String base = "/admin/people/" + p.id();

        staff.post(base, base, Map.of("given_name", "Luis", "family_name", "Gómez Ruiz", "email", "luis@example.org",
                "email_status", "subscribed"));
        staff.post(base, base + "/tags", Map.of("name", "  Voluntaria  "));
        WebSession.Page page = staff.post(base, base + "/tags", Map.of("name", "Voluntaria"));

        assertThat(page.html().select("#tags a.tag").eachText()).containsExactly("Voluntaria");
        assertThat(page.html().select("#timeline li").eachText()).anyMatch(t -> t.startsWith("Tagged Voluntaria"))
                .anyMatch(t -> t.startsWith("Edited: name"));
        assertThat(page.html().select("#timeline li").eachText()).filteredOn(t -> t.startsWith("Tagged")).hasSize(1);

        String tagId = tags.findByName(w.id(), "Voluntaria").orElseThrow().id().toString();
        page = staff.post(base, base + "/tags/" + tagId + "/remove", Map.of());
        assertThat(page.html().select("#tags a.tag")).isEmpty();
        assertThat(page.text()).contains("Tag removed: Voluntaria");

        WebSession.Page refused = staff.post(base, base + "/tags", Map.of("name", "x".repeat(10_000)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("1 to 200 characters");
    }

    @Test
    void anotherWorkspacesPersonIsNotFoundWhateverTheRequest() {
        var w = fixtures.workspace("Mine");
        var theirs = fixtures.workspace("Theirs");
        Person stranger = people.create(theirs.id(), Person.draft("Secreto", "Ajeno", "secreto@example.org"));
        Person mine = people.create(w.id(), Person.draft("Mía", "Propia", "mia@example.org"));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        String base = "/admin/people/" + stranger.id();

        assertThat(staff.get(base).status()).isEqualTo(404);
        assertThat(staff.get(base).text()).doesNotContain("Secreto");
        assertThat(staff.get(base + "/edit").status()).isEqualTo(404);
        assertThat(staff.post("/admin/people", base, Map.of("given_name", "Hijacked")).status()).isEqualTo(404);
        assertThat(staff.post("/admin/people", base + "/tags", Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(staff.get("/admin/people/" + mine.id() + "/merge/" + stranger.id()).status()).isEqualTo(404);
        assertThat(staff.post("/admin/people", "/admin/people/" + mine.id() + "/merge/" + stranger.id(), Map.of())
                .status()).isEqualTo(404);
        assertThat(people.find(theirs.id(), stranger.id()).orElseThrow().givenName()).isEqualTo("Secreto");
        assertThat(staff.get("/admin/people?q=secreto").text()).contains("No one matches");
    }

    @Test
    void aViewerReadsButCannotChangeAnything() {
        var w = fixtures.workspace("Viewer");
        Person p = people.create(w.id(), Person.draft("Eva", "Ruiz", "eva@example.org"));
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        String base = "/admin/people/" + p.id();

        assertThat(viewer.get("/admin/people").text()).contains("Eva Ruiz").doesNotContain("Add a person");
        assertThat(viewer.get(base).text()).contains("eva@example.org").doesNotContain("Add tag");
        assertThat(viewer.post(base, "/admin/people", Map.of("given_name", "New")).status()).isEqualTo(403);
        assertThat(viewer.post(base, base, Map.of("given_name", "Changed")).status()).isEqualTo(403);
        assertThat(viewer.post(base, base + "/tags", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(viewer.post(base, "/admin/people/bulk-tag", Map.of("tag_name", "x")).status()).isEqualTo(403);
        assertThat(viewer.post(base, "/admin/tags", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(viewer.post(base, "/admin/organizations", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(viewer.get("/admin/people/new").status()).isEqualTo(403);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(tags.count(w.id())).isZero();
    }

    @Test
    void theListPagesFiftyAtATimeForwardAndBackAndCountsEveryone() {
        var w = fixtures.workspace("Paging");
        for (int i = 0; i < 120; i++) {
            people.create(w.id(), Person.draft("Persona", String.format("Apellido %03d", i), null)
                    .withPhone("+1 555 " + i));
        }
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        WebSession.Page first = staff.get("/admin/people?q=persona");
        assertThat(first.text()).contains("120 people");
        assertThat(first.html().select("tbody tr")).hasSize(50);
        assertThat(first.html().select("a[rel=prev]")).isEmpty();
        WebSession.Page second = staff.get(first.html().selectFirst("a[rel=next]").attr("href"));
        assertThat(second.html().select("tbody tr").first().text()).contains("Apellido 050");
        WebSession.Page third = staff.get(second.html().selectFirst("a[rel=next]").attr("href"));
        assertThat(third.html().select("tbody tr")).hasSize(20);
        assertThat(third.html().select("a[rel=next]")).isEmpty();
        WebSession.Page back = staff.get(third.html().selectFirst("a[rel=prev]").attr("href"));
        assertThat(back.html().select("tbody tr").first().text()).contains("Apellido 050");
        assertThat(first.html().selectFirst("a[href^=/admin/people/export]").attr("href"))
                .isEqualTo("/admin/people/export?q=persona");
    }

    @Test
    void bulkTaggingTagsEveryMatchAtOnceAndIsAudited() {
        var w = fixtures.workspace("Bulk");
        for (int i = 0; i < 60; i++) {
            people.create(w.id(), Person.draft("Houston", "Vecina " + i, "h" + i + "@example.org"));
        }
        people.create(w.id(), Person.draft("Dallas", "Vecino", "d@example.org"));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page page = staff.post("/admin/people?q=houston", "/admin/people/bulk-tag",
                Map.of("q", "houston", "tag_name", "Houston 2025"));

        assertThat(page.text()).contains("Tag “Houston 2025” added to 60 people");
        var tag = tags.findByName(w.id(), "Houston 2025").orElseThrow();
        assertThat(tags.countTaggings(w.id(), tag.id())).isEqualTo(60);
        assertThat(staff.get("/admin/people?tag=" + tag.id()).text()).contains("60 people");
        assertThat(audit.recent(w.id(), 0, 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("people.bulk-tag"));
    }
}
