package org.convoca.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The very first visit to a new installation, in a real browser: an empty database of its own. */
@ConvocaTest
@TestPropertySource(properties = "convoca.test.context=setup-browser")
class SetupBrowserTests extends BrowserTest {

    @Test
    void firstVisitorSetsUpTheWorkspaceThenCompletesTheSettingsTheDashboardAsksFor() {
        page.navigate(url("/"));
        page.waitForURL("**/setup");
        page.getByLabel("Organization name").fill("Alianza Fronteriza 🌵");
        page.getByLabel("Your name").fill("Rosa Álvarez");
        page.getByLabel("Email").fill("rosa@alianza.example.org");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please correct the fields");
        assertThat(page.getByLabel("Organization name")).hasValue("Alianza Fronteriza 🌵");

        page.getByLabel("Password").fill("una contraseña segura");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
        page.waitForURL("**/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Alianza Fronteriza 🌵");
        assertThat(page.locator("main")).containsText("Your postal address is missing");

        page.locator("nav.main").getByText("Settings").click();
        page.getByLabel("Postal address").fill("1200 Calle Ochoa\nEl Paso, TX 79901");
        page.getByLabel("Time zone").fill("America/Denver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Settings saved");
        assertThat(page.getByLabel("Time zone")).hasValue("America/Denver");

        page.locator("nav.main").getByText("Dashboard").click();
        assertThat(page.locator("main")).not().containsText("postal address is missing");
        assertThat(page.locator("nav.main")).containsText("Audit log");
    }
}
