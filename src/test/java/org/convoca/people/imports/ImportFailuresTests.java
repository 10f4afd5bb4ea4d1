package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rows that cannot be saved: shown in the preview, skipped whole, and given back as CSV to fix. */
@ConvocaTest
class ImportFailuresTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Imports imports;

    @Autowired
    People people;

    @Test
    void failedRowsAreSkippedWholeShownInPreviewAndDownloadableWithTheirReasons() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Failures");
        var id = flow.uploaded("""
                first name,last name,email,notes
                Ana,Ruiz,ana@example.org,ok
                Bea,Soto,not-an-email,=HYPERLINK("http://evil.example")
                Carla,Díaz
                %s,Long,long@example.org,x
                Dora,Vega,dora@example.org,"a, quoted
                note"
                """.formatted("x".repeat(201)));

        WebSession.Page preview = flow.preview(id, java.util.Map.of());
        assertThat(preview.text()).contains("3 of the first 5 rows would fail", "is not an email address",
                "has 2 columns but the header has 4", "longer than 200 characters");
        ImportRecord done = flow.run(id);

        assertThat(List.of(done.createdRows(), done.failedRows())).containsExactly(2L, 3L);
        assertThat(people.count(flow.workspace.id(), PeopleQuery.ALL)).isEqualTo(2);
        assertThat(people.findByEmail(flow.workspace.id(), "dora@example.org")).map(Person::customFields)
                .hasValueSatisfying(f -> assertThat(f).containsEntry("notes", "a, quoted\nnote"));
        byte[] download = flow.browser.download("/admin/imports/" + id + "/errors.csv");
        assertThat(download).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(new String(download, StandardCharsets.UTF_8).substring(1)).stream()
                .map(CsvRecord::getFields).toList();
        assertThat(rows.getFirst()).containsExactly("line", "error", "first name", "last name", "email", "notes");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("3", "\"not-an-email\" is not an email address.", "Bea", "Soto",
                "not-an-email", "'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(2)).startsWith("4").contains("Carla", "Díaz");
        assertThat(rows.get(3).get(0)).isEqualTo("5");
    }

    @Test
    void statusPageShowsCountsAndTheDownloadLinkOnlyOnceFinished() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Status");
        var id = flow.uploaded("email\nok@example.org\nbroken\n");
        flow.run(id);

        WebSession.Page fragment = flow.browser.get("/admin/imports/" + id + "/progress");

        assertThat(fragment.text()).contains("Finished", "2 of 2 rows (100%)", "1 created", "0 updated", "1 failed");
        assertThat(fragment.html().selectFirst("#import-status").hasAttr("hx-trigger")).isFalse();
        assertThat(fragment.html().select("a[href$=errors.csv]")).hasSize(1);
        assertThat(flow.browser.get("/admin/imports/" + id + "/mapping").url()).endsWith("/admin/imports/" + id);
    }

    @Test
    void unclosedQuoteStopsTheImportWithAClearMessageAfterSavingTheRowsBefore() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Unclosed");
        ImportRecord done = flow.importCsv("email,notes\na@example.org,fine\nb@example.org,\"never closed\n"
                + "c@example.org,x\n");

        assertThat(done.status()).isEqualTo(ImportRecord.Status.FAILED);
        assertThat(done.message()).contains("quote");
        assertThat(people.findByEmail(flow.workspace.id(), "a@example.org")).isPresent();
    }
}
