package org.convoca.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class StaffBrowserTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void ownerInvitesSomeoneWhoAcceptsWithTheLinkFromTheMailbox() {
        var w = fixtures.workspace("Red Migrante");
        signIn(w.email(Role.OWNER), Fixtures.PASSWORD);
        page.locator("nav.main").getByText("Staff").click();
        page.getByLabel("Email").fill("lucia@example.org");
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Organizer"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The invitation is on its way");

        page.locator("nav.main").getByText("Mailbox").click();
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("No SMTP relay is configured");
        page.getByText("Owner Tester invited you to Red Migrante on Convoca").click();
        assertThat(page.locator("iframe.mail-html")).hasAttribute("sandbox", "");
        String link = page.locator(".mail-links a").first().getAttribute("href");

        try (BrowserContext invitee = context.browser().newContext()) {
            Page lucia = invitee.newPage();
            lucia.navigate(link);
            assertThat(lucia.locator("main")).containsText("You are invited to join Red Migrante as Organizer");
            lucia.getByLabel("Your name").fill("Lucía Pérez");
            lucia.getByLabel("Choose a password").fill("contraseña de Lucía");
            lucia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account and join"))
                    .click();
            lucia.waitForURL("**/admin");
            assertThat(lucia.locator("main")).containsText("Welcome, Lucía Pérez");
            assertThat(lucia.locator("nav.main")).not().containsText("Staff");
        }

        page.locator("nav.main").getByText("Staff").click();
        assertThat(page.locator("table").first()).containsText("Lucía Pérez");
    }

    @Test
    void forgottenPasswordIsResetWithTheEmailedLinkAndOtherSessionsEnd() {
        var w = fixtures.workspace("Olvido");
        String email = w.email(Role.VIEWER);
        signIn(email, Fixtures.PASSWORD);

        try (BrowserContext phone = context.browser().newContext()) {
            Page other = phone.newPage();
            other.navigate(url("/signin"));
            other.getByText("Forgot your password?").click();
            other.getByLabel("Email").fill(email);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            assertThat(other.getByRole(AriaRole.STATUS)).containsText("a link to choose a new password is on its way");

            page.locator("nav.main").getByText("Mailbox").click();
            // The link is mailed by a queued task, a moment after the answer.
            for (int i = 0; i < 50 && page.getByText("Reset your Convoca password").count() == 0; i++) {
                page.waitForTimeout(200);
                page.reload();
            }
            page.getByText("Reset your Convoca password").click();
            String link = page.locator(".mail-links a").first().getAttribute("href");

            other.navigate(link);
            other.getByLabel("New password").fill("una clave nueva y larga");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password")).click();
            assertThat(other.getByRole(AriaRole.STATUS)).containsText("Your password was changed");
            other.getByLabel("Email").fill(email);
            other.getByLabel("Password").fill("una clave nueva y larga");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            other.waitForURL("**/admin");
        }

        page.navigate(url("/admin"));
        page.waitForURL("**/signin");
    }
}
