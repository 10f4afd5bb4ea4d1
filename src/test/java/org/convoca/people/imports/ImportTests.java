package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;
import org.convoca.people.Lists;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class ImportTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Imports imports;

    @Autowired
    People people;

    @Autowired
    Tags tags;

    @Autowired
    Lists lists;

    @Test
    void mappingPageGuessesSpanishAndEnglishHeadersAndKeepsOtherColumnsAsCustomFields() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Guesses");
        var id = flow.uploaded("Nombre;Apellido;Correo electrónico;Teléfono;Ciudad;Estado;Código postal;Idioma;"
                + "Etiquetas;Lista;Parroquia;\nRosa;Peña;rosa@example.org;555;El Paso;TX;79901;es;a|b;L;San José;\n");

        WebSession.Page page = flow.browser.get("/admin/imports/" + id + "/mapping");

        assertThat(selected(page)).containsExactly("GIVEN_NAME", "FAMILY_NAME", "EMAIL", "PHONE", "CITY", "STATE",
                "ZIP", "LANGUAGE", "TAGS", "LISTS", "CUSTOM", "IGNORE");
        assertThat(page.text()).contains("Parroquia", "San José", "Rosa");
        var english = flow.uploaded("First Name,last_name,E-mail,Mobile,Address,City,State,ZIP Code,Country,Tags\n"
                + "Ann,Lee,ann@example.org,1,2 Main St,Austin,TX,78701,US,x\n");
        assertThat(selected(flow.browser.get("/admin/imports/" + english + "/mapping"))).containsExactly(
                "GIVEN_NAME", "FAMILY_NAME", "EMAIL", "PHONE", "ADDRESS", "CITY", "STATE", "ZIP", "COUNTRY", "TAGS");
    }

    @Test
    void windows1252FileFromExcelKeepsItsAccents() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Latin-1");
        byte[] latin1 = "nombre;apellido;correo\nJosé;Núñez;jose@example.org\nAdrián;Muñoz Peña;adrian@example.org\n"
                .getBytes(Charset.forName("windows-1252"));

        ImportRecord done = flow.run(flow.uploaded(latin1));

        assertThat(done.createdRows()).isEqualTo(2);
        Person jose = people.findByEmail(flow.workspace.id(), "jose@example.org").orElseThrow();
        assertThat(jose.givenName() + " " + jose.familyName()).isEqualTo("José Núñez");
        assertThat(people.page(flow.workspace.id(), PeopleQuery.text("munoz pena"), 0, 5)).extracting(Person::givenName)
                .containsExactly("Adrián");
    }

    @Test
    void existingPeopleAreMatchedByEmailAndUpdatedWithoutLosingWhatTheImportLeavesEmpty() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Updates");
        var w = flow.workspace.id();
        Person ana = people.create(w, Person.draft("Ana", "López", "ana@example.org").withPhone("+1 555 0100")
                .withAddress(new PostalAddress("", "Tucson", "AZ", "85701", "US"))
                .withEmail("ana@example.org", EmailStatus.UNSUBSCRIBED).withCustomFields(Map.of("parish", "San Juan")));
        tags.tag(w, tags.ensure(w, "volunteer").id(), ana.id());

        ImportRecord done = flow.importCsv("""
                email,first name,last name,phone,city,email status,tags,notes
                ANA@Example.org,,López García,,Phoenix,subscribed,donor;volunteer,called
                new@example.org,Nuevo,,,,,donor,
                new@example.org,,Persona,,,,press,
                """);

        assertThat(List.of(done.createdRows(), done.updatedRows(), done.failedRows())).containsExactly(1L, 2L, 0L);
        Person updated = people.find(w, ana.id()).orElseThrow();
        assertThat(updated.givenName()).isEqualTo("Ana");
        assertThat(updated.familyName()).isEqualTo("López García");
        assertThat(updated.phone()).isEqualTo("+1 555 0100");
        assertThat(updated.address().locality()).isEqualTo("Phoenix");
        assertThat(updated.address().postalCode()).isEqualTo("85701");
        assertThat(updated.emailStatus()).as("a spreadsheet never re-subscribes").isEqualTo(EmailStatus.UNSUBSCRIBED);
        assertThat(updated.customFields()).containsEntry("parish", "San Juan").containsEntry("notes", "called");
        assertThat(tags.of(w, ana.id())).extracting(Tag::name).containsExactly("donor", "volunteer");
        Person added = people.findByEmail(w, "new@example.org").orElseThrow();
        assertThat(added.givenName() + " " + added.familyName()).isEqualTo("Nuevo Persona");
        assertThat(tags.of(w, added.id())).extracting(Tag::name).containsExactly("donor", "press");
        assertThat(people.count(w, PeopleQuery.ALL)).isEqualTo(2);
        assertThat(people.page(w, PeopleQuery.text("lopez garcia"), 0, 5)).extracting(Person::id)
                .containsExactly(ana.id());
        assertThat(people.page(w, PeopleQuery.text("nuevo persona"), 0, 5)).extracting(Person::id)
                .containsExactly(added.id());
    }

    @Test
    void anotherWorkspaceNeverSeesAnImportOrItsFailedRows() {
        ImportFlow mine = new ImportFlow(port, fixtures, imports, "Mine");
        ImportFlow theirs = new ImportFlow(port, fixtures, imports, "Theirs");
        var id = mine.uploaded("email\nbad\n");

        assertThat(theirs.browser.get("/admin/imports/" + id + "/mapping").status()).isEqualTo(404);
        assertThat(theirs.browser.get("/admin/imports/" + id + "/errors.csv").status()).isEqualTo(404);
        assertThat(theirs.browser.get("/admin/imports/not-an-id").status()).isEqualTo(404);
    }

    private static List<String> selected(WebSession.Page page) {
        return page.html().select("select").stream().map(s -> s.selectFirst("option[selected]"))
                .map(Element::val).toList();
    }
}
