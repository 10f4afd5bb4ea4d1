package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonList;
import org.convoca.people.PostalAddress;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A workspace's export imports into another workspace as the same people, formula guards taken back off. */
@ConvocaTest
class ExportImportRoundTripTests {

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
    void exportedPeopleImportIntoAnotherWorkspaceUnchanged() {
        var from = fixtures.workspace("From");
        Person rosa = people.create(from.id(), Person.draft("Rosa", "Núñez 🌻", "rosa@example.org")
                .withPhone("+52 656 000 0000").withLanguage("es")
                .withAddress(new PostalAddress("1 Calle Sol", "El Paso", "TX", "79901", "US"))
                .withCustomFields(Map.of("nota", "=1+1", "parroquia", "San José")));
        tags.tag(from.id(), tags.ensure(from.id(), "voluntaria").id(), rosa.id());
        lists.add(from.id(), lists.ensure(from.id(), "Red de respuesta", "").id(), rosa.id());
        byte[] csv = fixtures.signIn(new WebSession(port), from, Role.ORGANIZER).download("/admin/people/export");
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "To");

        ImportRecord done = flow.run(flow.uploaded(csv));

        assertThat(done.createdRows()).isEqualTo(1);
        Person copy = people.findByEmail(flow.workspace.id(), "rosa@example.org").orElseThrow();
        assertThat(copy.givenName() + " " + copy.familyName()).isEqualTo("Rosa Núñez 🌻");
        assertThat(copy.phone()).isEqualTo("+52 656 000 0000");
        assertThat(copy.address()).isEqualTo(rosa.address());
        assertThat(copy.language()).isEqualTo("es");
        assertThat(copy.customFields()).isEqualTo(Map.of("nota", "=1+1", "parroquia", "San José"));
        assertThat(tags.of(flow.workspace.id(), copy.id())).extracting(Tag::name).containsExactly("voluntaria");
        assertThat(lists.of(flow.workspace.id(), copy.id())).extracting(PersonList::name)
                .containsExactly("Red de respuesta");
    }
}
