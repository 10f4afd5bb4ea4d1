package org.convoca.people.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;
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
class PeopleExportTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    People people;

    @Autowired
    Tags tags;

    @Autowired
    Lists lists;

    @Autowired
    AuditLog audit;

    @Test
    void exportHasEveryFieldTagsListsAndCustomFieldsForExcelWithFormulasDefused() {
        var w = fixtures.workspace("Export");
        var other = fixtures.workspace("Other export");
        Person rosa = people.create(w.id(), Person.draft("Rosa 🌻", "Núñez", "rosa@example.org")
                .withPhone("+1 555 0100").withAddress(new PostalAddress("12 Calle Sol\nApt 3", "El Paso", "TX",
                        "79901", "US")).withLanguage("es").withCustomFields(Map.of("parroquia", "San José")));
        people.create(w.id(), Person.draft("=cmd|' /C calc'!A0", "@SUM(A1)", "evil@example.org")
                .withEmail("evil@example.org", EmailStatus.UNSUBSCRIBED).withCustomFields(Map.of("notes", "-2+3")));
        people.create(other.id(), Person.draft("Not", "Mine", "other@example.org"));
        tags.tag(w.id(), tags.ensure(w.id(), "voluntaria").id(), rosa.id());
        tags.tag(w.id(), tags.ensure(w.id(), "donor").id(), rosa.id());
        lists.add(w.id(), lists.ensure(w.id(), "Rapid response", "").id(), rosa.id());
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        byte[] bytes = organizer.download("/admin/people/export");

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(bytes);
        assertThat(rows.getFirst()).containsExactly("id", "given_name", "family_name", "email", "email_status",
                "phone", "address_lines", "locality", "region", "postal_code", "country", "language", "source",
                "created_at", "modified_at", "tags", "lists", "notes", "parroquia");
        assertThat(rows).hasSize(3);
        List<String> r = rows.stream().filter(x -> x.contains("rosa@example.org")).findFirst().orElseThrow();
        assertThat(r).containsSubsequence(rosa.id().toString(), "Rosa 🌻", "Núñez", "rosa@example.org", "subscribed",
                "'+1 555 0100", "12 Calle Sol\nApt 3", "El Paso", "TX", "79901", "US", "es");
        assertThat(r.subList(15, 19)).containsExactly("donor; voluntaria", "Rapid response", "", "San José");
        List<String> evil = rows.stream().filter(x -> x.contains("evil@example.org")).findFirst().orElseThrow();
        assertThat(evil).contains("'=cmd|' /C calc'!A0", "'@SUM(A1)", "unsubscribed", "'-2+3");
        assertThat(rows.stream().flatMap(List::stream)).doesNotContain("other@example.org");
        assertThat(audit.recent(w.id(), 0, 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("people.export");
            assertThat(e.detail()).contains("all people; 2 people");
        });
    }

    @Test
    void exportHoldsOnlyWhatTheFilterSelectsAndTheAuditLogSaysWhichFilter() {
        var w = fixtures.workspace("Filtered export");
        people.create(w.id(), Person.draft("María", "Núñez", "maria@example.org").withLanguage("es"));
        people.create(w.id(), Person.draft("Mary", "Smith", "mary@example.org").withLanguage("en"));
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        List<List<String>> rows = parse(organizer.download("/admin/people/export?q=nunez&language=es"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("maria@example.org");
        assertThat(audit.recent(w.id(), 0, 5)).anySatisfy(e -> assertThat(e.detail())
                .contains("q=nunez&language=es; 1 people"));
    }

    @Test
    void viewersMayNotExport() {
        var w = fixtures.workspace("No export");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        assertThat(viewer.get("/admin/people/export").status()).isEqualTo(403);
        assertThat(audit.recent(w.id(), 0, 10)).noneMatch(e -> e.action().equals("people.export"));
    }

    static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CsvReader.builder().ofCsvRecord(text).stream().map(CsvRecord::getFields).toList();
    }
}
