package org.convoca.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class SignInBrowserTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void staffSignsInSwitchesToSpanishAndTheChoiceIsRemembered() {
        var w = fixtures.workspace("Coalición por la Dignidad");
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("Coalición por la Dignidad");

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("nav.main")).containsText("Personas");

        page.navigate(url("/admin"));
        assertThat(page.locator("nav.main")).containsText("Personas");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
    }

    @Test
    void wrongPasswordShowsAClearMessageAndStaysOnSignIn() {
        var w = fixtures.workspace("Wrong password");
        page.navigate(url("/signin"));
        page.getByLabel("Email").fill(w.email(Role.VIEWER));
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match an account");
    }
}
