package org.convoca.mailings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convoca.people.EmailStatus;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class MailingBrowserTests extends BrowserTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    MailingFixtures fixtures;

    @Test
    void organizerComposesABilingualMailingSendsItWatchesItFinishAndReadsItInTheMailbox() {
        var w = fixtures.workspace("Red Migrante");
        fixtures.person(w.id(), "Ana", "ana-browser@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "José", "jose-browser@example.org", "es", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Uma", "uma-browser@example.org", "en", EmailStatus.UNSUBSCRIBED);
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);

        page.locator("nav.main").getByText("Mailings").click();
        page.getByLabel("Name of the new mailing").fill("October news");
        button(page.locator("main"), "New mailing").click();

        Locator english = page.locator("#en-blocks");
        english.getByLabel("Subject", EXACT).fill("Hello {{given_name|friend}}");
        button(english, "+ Heading").click();
        page.locator("#en-blocks").getByLabel("Heading").fill("Our report is out");
        button(page.locator("#en-blocks"), "+ Text").click();
        page.locator("#en-blocks").getByLabel("Text (Markdown)").fill("Dear {{given_name}}, read **it** today.");
        Locator spanish = page.locator("#es-blocks");
        spanish.getByLabel("Subject", EXACT).fill("Hola {{given_name|amistad}}");
        button(spanish, "+ Heading").click();
        page.locator("#es-blocks").getByLabel("Heading").fill("Salió nuestro informe");
        assertThat(page.locator("#reach")).containsText("2 people would receive it now");

        button(page.locator("main"), "Save and send…").click();
        button(page.locator("main"), "Send now to 2 people").click();

        assertThat(page.locator("#progress")).containsText("Sent", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("progress")).hasAttribute("value", "100");
        assertThat(page.locator("#progress table")).containsText("Spanish version");

        page.locator("nav.main").getByText("Mailbox").click();
        page.getByText("Hello Ana").click();
        assertThat(page.locator("main")).containsText("Dear Ana, read it today.");
        page.locator("nav.main").getByText("Mailbox").click();
        assertThat(page.locator("main")).containsText("Hola José");
        assertThat(page.locator("main")).not().containsText("uma-browser@example.org");
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
