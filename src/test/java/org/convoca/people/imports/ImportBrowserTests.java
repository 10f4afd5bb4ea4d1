package org.convoca.people.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class ImportBrowserTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    People people;

    @Test
    void organizerUploadsMapsPreviewsAndWatchesTheImportFinish() {
        var w = fixtures.workspace("Coalición del Valle");
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        String csv = "Nombre;Apellido;Correo;Comentario\nRosa;Núñez;rosa@example.org;hola\n"
                + "Ahmed;نور;ahmed@example.org;\nMal;Correo;no-es-correo;\n";

        page.navigate(url("/admin/imports"));
        page.getByLabel("CSV file").setInputFiles(new FilePayload("personas.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns")).click();

        assertThat(page.getByLabel("Nombre")).hasValue("GIVEN_NAME");
        assertThat(page.getByLabel("Correo")).hasValue("EMAIL");
        page.getByLabel("Comentario").selectOption("IGNORE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();

        assertThat(page.locator("main")).containsText("Núñez");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 of the first 3 rows would fail");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 rows")).click();

        assertThat(page.locator("#import-status")).containsText("Finished");
        assertThat(page.locator("progress")).hasAttribute("value", "100");
        assertThat(page.locator("#import-status")).containsText("2 created");
        assertThat(page.locator("#import-status")).containsText("1 failed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the failed rows (CSV)")))
                .isVisible();
        assertThat(people.page(w.id(), PeopleQuery.ALL, 0, 10)).extracting(Person::familyName)
                .containsExactlyInAnyOrder("Núñez", "نور");
        assertThat(people.findByEmail(w.id(), "rosa@example.org").orElseThrow().customFields()).isEmpty();
    }
}
