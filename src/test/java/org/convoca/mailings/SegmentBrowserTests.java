package org.convoca.mailings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class SegmentBrowserTests extends BrowserTest {

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    Tags tags;

    @Test
    void organizerBuildsASegmentWatchingTheCountChangeThenSavesItAndSeesItListed() {
        var w = fixtures.workspace("Red de Segmentos");
        var volunteers = tags.ensure(w.id(), "Voluntarias").id();
        Person ana = fixtures.person(w.id(), "Ana", "ana-bseg@example.org", "es", EmailStatus.SUBSCRIBED);
        Person jose = fixtures.person(w.id(), "José", "jose-bseg@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Uma", "uma-bseg@example.org", "es", EmailStatus.SUBSCRIBED);
        tags.tag(w.id(), volunteers, ana.id());
        tags.tag(w.id(), volunteers, jose.id());
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);

        page.locator("nav.main").getByText("Mailings").click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Segments")).click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("New segment"))
                .click();
        Locator count = page.locator("#live-count");
        assertThat(count).containsText("3 people match");

        page.getByLabel("Name").fill("Voluntarias que hablan español");
        page.locator("#c0-value").selectOption(new SelectOption().setLabel("Voluntarias"));
        assertThat(count).containsText("2 people match");
        assertThat(page.locator("#live table")).containsText("José");

        button("+ Condition").click();
        idle(); // the new condition's fields answer once the redraw has settled
        page.locator("#c1-kind").selectOption("LANGUAGE");
        idle();
        page.locator("#c1-value").selectOption("es");
        assertThat(count).containsText("1 person matches");
        assertThat(page.locator("#live table")).not().containsText("José");

        page.locator("#match-any").check();
        assertThat(count).containsText("3 people match");
        page.locator("#match-all").check();
        assertThat(count).containsText("1 person matches");

        button("+ Condition").click();
        idle(); // the new condition's fields answer once the redraw has settled
        page.locator("#c2-kind").selectOption("POSTAL_CODE");
        // Choosing a kind redraws the conditions; typing before the redraw lands would type into the old field.
        idle();
        page.locator("input#c2-value").pressSequentially("9");
        assertThat(count).containsText("No one matches");
        button("+ Condition").click();
        idle(); // the new condition's fields answer once the redraw has settled
        page.locator("#c3-kind").selectOption("REGION");
        idle();
        // Leaving a field and typing straight into the next one keeps every keystroke: only a new kind of
        // condition redraws the conditions, so nothing the reader typed is replaced behind their back.
        page.locator("input#c2-value").press("End");
        page.locator("input#c2-value").pressSequentially("0");
        page.locator("input#c3-value").pressSequentially("Illinois");
        idle();
        assertThat(page.locator("input#c2-value")).hasValue("90");
        assertThat(page.locator("input#c3-value")).hasValue("Illinois");
        button("Remove condition 4").click();
        assertThat(count).containsText("No one matches");
        button("Remove condition 3").click();
        assertThat(count).containsText("1 person matches");

        button("Save segment").click();
        assertThat(page.locator(".alert")).containsText("saved");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("← Segments"))
                .click();
        Locator row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Voluntarias que hablan español"));
        assertThat(row.locator("td.count")).hasText("1 (1)");
    }

    /** Waits until no request is running and the last answer has been swapped in and settled. */
    private void idle() {
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
    }

    private Locator button(String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }
}
