package org.convoca.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.convoca.people.Lists;
import org.convoca.people.Organization;
import org.convoca.people.Organizations;
import org.convoca.people.People;
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
class LabelsAndOrganizationsPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired Lists lists;
    @Autowired Organizations organizations;
    @Autowired AuditLog audit;

    @Test
    void tagsAreCreatedCountedRenamedAndDeletedOnlyAfterConfirmation() {
        var w = fixtures.workspace("Tags");
        Person ana = people.create(w.id(), Person.draft("Ana", "Díaz", "ana@example.org"));
        var tag = tags.ensure(w.id(), "voluntaria");
        tags.tag(w.id(), tag.id(), ana.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page page = staff.post("/admin/tags", "/admin/tags", Map.of("name", "Prensa <b>"));
        assertThat(page.html().select("tbody tr").eachText()).anyMatch(t -> t.startsWith("voluntaria 1"))
                .anyMatch(t -> t.startsWith("Prensa <b> 0"));
        assertThat(page.html().selectFirst("a:contains(voluntaria)").attr("href"))
                .isEqualTo("/admin/people?tag=" + tag.id());

        WebSession.Page taken = staff.post("/admin/tags", "/admin/tags/" + tag.id() + "/rename",
                Map.of("name", "Prensa <b>"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.text()).contains("already called");
        staff.post("/admin/tags", "/admin/tags/" + tag.id() + "/rename", Map.of("name", "Voluntarias 2025"));
        assertThat(tags.find(w.id(), tag.id()).orElseThrow().name()).isEqualTo("Voluntarias 2025");

        WebSession.Page confirm = staff.get("/admin/tags/" + tag.id() + "/delete");
        assertThat(confirm.text()).contains("Delete the tag “Voluntarias 2025”?", "taken off 1 people");
        assertThat(tags.find(w.id(), tag.id())).isPresent();
        WebSession.Page deleted = staff.post("/admin/tags/" + tag.id() + "/delete",
                "/admin/tags/" + tag.id() + "/delete", Map.of());
        assertThat(deleted.text()).contains("Tag “Voluntarias 2025” deleted");
        assertThat(tags.find(w.id(), tag.id())).isEmpty();
        assertThat(people.find(w.id(), ana.id())).isPresent();
        assertThat(audit.recent(w.id(), 0, 5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("people.tags.delete"));

        assertThat(staff.post("/admin/tags", "/admin/tags", Map.of("name", "a\r\nb")).status()).isEqualTo(422);
        assertThat(staff.post("/admin/tags", "/admin/tags", Map.of("name", "")).status()).isEqualTo(422);
    }

    @Test
    void listsPageLinksToThePeopleOnEachListAndAnotherWorkspacesListIsNotFound() {
        var w = fixtures.workspace("Lists");
        var theirs = fixtures.workspace("Their lists");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        staff.post("/admin/lists", "/admin/lists", Map.of("name", "Junta directiva"));
        Person p = people.create(w.id(), Person.draft("Iris", "Vega", "iris@example.org"));
        String listId = staff.get("/admin/lists").html().selectFirst("tbody tr").id();

        WebSession.Page person = staff.post("/admin/people/" + p.id(), "/admin/people/" + p.id() + "/lists",
                Map.of("list", listId));
        assertThat(person.html().select("#lists li").text()).contains("Junta directiva");
        assertThat(staff.get("/admin/people?list=" + listId).text()).contains("Iris Vega", "1 person");

        String theirList = lists.ensure(theirs.id(), "Secret list", "").id().toString();
        assertThat(staff.get("/admin/lists/" + theirList + "/delete").status()).isEqualTo(404);
        assertThat(staff.post("/admin/lists", "/admin/lists/" + theirList + "/delete", Map.of()).status())
                .isEqualTo(404);
        assertThat(lists.find(theirs.id(), UUID.fromString(theirList))).isPresent();
    }

    @Test
    void organizationsAreFoundByAliasWithoutAccentsAndLinkTheirContactPeople() {
        var w = fixtures.workspace("Organizations");
        Person contact = people.create(w.id(), Person.draft("Marisol", "Peña", "marisol@example.org"));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page refused = staff.post("/admin/organizations/new", "/admin/organizations", Map.of("name", "",
                "website", "javascript:alert(1)", "country", "Mexico", "scope", "galactic"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("needs a name", "https://", "two-letter code", "national, state or local");
        assertThat(organizations.count(w.id(), "")).isZero();

        WebSession.Page org = staff.post("/admin/organizations/new", "/admin/organizations", Map.of(
                "name", "Coalición por los Derechos Humanos de los Inmigrantes", "aliases", "CHIRLA\nCoalición Pro",
                "website", "https://example.org/chirla", "locality", "Los Ángeles", "region", "CA", "country", "us",
                "scope", "state"));
        assertThat(org.url()).matches(".*/admin/organizations/[0-9a-f-]{36}");
        assertThat(org.html().selectFirst("a[href=https://example.org/chirla]")).isNotNull();
        String path = org.url().substring(org.url().indexOf("/admin"));

        assertThat(staff.get("/admin/organizations?q=chirla").text()).contains("Coalición por los Derechos", "State");
        assertThat(staff.get("/admin/organizations?q=coalicion%20inmigrantes").text()).contains("1 organization");
        assertThat(staff.get("/admin/organizations?q=nadie").text()).contains("No organizations");

        WebSession.Page found = staff.get(path + "?contact_q=pena");
        assertThat(found.text()).contains("Marisol Peña");
        WebSession.Page linked = staff.post(path, path + "/contacts", Map.of("person", contact.id().toString()));
        assertThat(linked.html().select("#contacts li a").eachText()).containsExactly("Marisol Peña");
        assertThat(staff.get("/admin/people/" + contact.id()).html().select("#organizations").text())
                .contains("Coalición por los Derechos");

        var theirs = fixtures.workspace("Theirs");
        Person stranger = people.create(theirs.id(), Person.draft("No", "Mía", "no@example.org"));
        assertThat(staff.post(path, path + "/contacts", Map.of("person", stranger.id().toString())).status())
                .isEqualTo(404);
        var theirOrg = organizations.create(theirs.id(), Organization.draft("Ajena"));
        assertThat(staff.get("/admin/organizations/" + theirOrg.id()).status()).isEqualTo(404);
    }
}
