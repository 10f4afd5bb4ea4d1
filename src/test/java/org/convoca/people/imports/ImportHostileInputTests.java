package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files made to break things: markup, line breaks, quotes, huge cells, binary data, and every script. */
@ConvocaTest
class ImportHostileInputTests {

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

    @Test
    void markupQuotesLineBreaksEmojiAndRightToLeftNamesArriveAsTextExactly() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Hostile");
        String csv = "first name,last name,email,<script>alert(1)</script>,tags\r\n"
                + "<script>alert('x')</script>,O'Brien'; DROP TABLE people; --,a@example.org,\"line one\r\nBcc: x@evil\","
                + "uno|dos;tres\r\n"
                + "Luz 🌻,نور الهدى,b@example.org,\"He said \"\"hola\"\"\",\r\n"
                + "Big,Cell,c@example.org," + "y".repeat(10_000) + ",\r\n"
                + "x".repeat(10_000) + ",Name,d@example.org,,\r\n";
        var id = flow.uploaded(csv);

        WebSession.Page mapping = flow.browser.get("/admin/imports/" + id + "/mapping");
        WebSession.Page preview = flow.preview(id, Map.of());
        assertThat(mapping.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
        assertThat(preview.body()).doesNotContain("<script>alert");
        ImportRecord done = flow.run(id);

        assertThat(done.createdRows()).isEqualTo(2);
        assertThat(done.failedRows()).isEqualTo(2);
        var w = flow.workspace.id();
        Person a = people.findByEmail(w, "a@example.org").orElseThrow();
        assertThat(a.givenName()).isEqualTo("<script>alert('x')</script>");
        assertThat(a.familyName()).isEqualTo("O'Brien'; DROP TABLE people; --");
        assertThat(a.customFields()).containsEntry("_script_alert_1___script_", "line one\nBcc: x@evil");
        assertThat(tags.of(w, a.id())).extracting(Tag::name).containsExactly("dos", "tres", "uno");
        Person b = people.findByEmail(w, "b@example.org").orElseThrow();
        assertThat(b.givenName() + "|" + b.familyName()).isEqualTo("Luz 🌻|نور الهدى");
        assertThat(people.page(w, PeopleQuery.text("نور"), 0, 5)).hasSize(1);
        assertThat(people.count(w, PeopleQuery.ALL)).isEqualTo(2);
    }

    @Test
    void filesThatAreNotCsvAreRefusedWithAMessageThatSaysWhatToDo() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Refusals");

        assertRefused(flow, new byte[0], 400, "The file is empty");
        assertRefused(flow, "\n\n".getBytes(StandardCharsets.UTF_8), 422, "The file is empty");
        assertRefused(flow, "first name,email\n".getBytes(StandardCharsets.UTF_8), 422, "no people below it");
        assertRefused(flow, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}, 422, "binary data");
        assertRefused(flow, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, 422, "Excel workbook");
        assertRefused(flow, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0}, 422, "UTF-16");
        String wide = "c,".repeat(200) + "c\n" + "v,".repeat(200) + "v\n";
        assertRefused(flow, wide.getBytes(StandardCharsets.UTF_8), 422, "201 columns");
        assertRefused(flow, ",,\na,b,c\n".getBytes(StandardCharsets.UTF_8), 422, "must name the columns");
        assertThat(imports.recent(flow.workspace.id(), 10)).as("nothing of a refused file is kept").isEmpty();
    }

    @Test
    void mappingMustIdentifyPeopleAndUseEachFieldOnce() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Mapping rules");
        var id = flow.uploaded("email,other\na@example.org,b@example.org\n");

        WebSession.Page twice = flow.preview(id, Map.of("c0", "EMAIL", "c1", "EMAIL"));
        WebSession.Page nobody = flow.preview(id, Map.of("c0", "TAGS", "c1", "IGNORE"));

        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text()).contains("from one column only");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.text()).contains("Map at least one column");
        assertThat(flow.preview(id, Map.of("c1", "<script>")).text()).contains("a@example.org");
    }

    @Test
    void viewersCannotImport() {
        var w = fixtures.workspace("Viewers");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        assertThat(viewer.get("/admin/imports").status()).isEqualTo(403);
        assertThat(viewer.upload("/admin", "/admin/imports", "file", "a.csv",
                "email\na@example.org\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    private static void assertRefused(ImportFlow flow, byte[] content, int status, String message) {
        WebSession.Page page = flow.upload("bad.csv", content);
        assertThat(page.status()).as(message).isEqualTo(status);
        assertThat(page.html().select("[role=alert]").text()).contains(message);
    }
}
