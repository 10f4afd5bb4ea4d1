package org.convoca.actions.signon.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convoca.actions.signon.TestLetters;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class SignonBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;

    @Test
    void anOrganizationSignsThenSeesItselfListedAndTheListUpdatesAsOthersSign() {
        var w = fixtures.workspace("Coalición Fronteriza");
        testLetters.open(w.id(), "raids");
        String path = "/" + w.workspace().slug() + "/sign-on/raids";
        page.clock().install();
        page.navigate(url(path));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("End the raids");
        assertThat(page.locator(".demands li")).hasCount(2);
        page.getByLabel("as an individual").check();
        assertThat(page.getByLabel("Organization name")).isHidden();
        page.getByLabel("on behalf of an organization").check();
        page.getByLabel("Organization name").fill("The Ñandú Collective");
        page.getByLabel("City").fill("El Paso");
        page.getByLabel("State or region").fill("TX");
        page.getByLabel("Scope of its work").selectOption("local");
        page.getByLabel("First name").fill("Marisol");
        page.getByLabel("Email").fill("marisol@example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the letter")).click();

        assertThat(page.locator("#email-error")).containsText("name@example.org");
        assertThat(page.getByLabel("Organization name")).hasValue("The Ñandú Collective");
        page.getByLabel("Email").fill("marisol@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the letter")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thank you for signing!");

        page.navigate(url(path));
        assertThat(page.locator("#signatories .count")).containsText("1 signatory");
        assertThat(page.locator("#signatories .orgs li")).hasText("The Ñandú Collective (El Paso, TX)");
        sign(new WebSession(port), path, organization("Alianza Americas", "alianza@example.org"));
        page.clock().runFor(16_000);

        assertThat(page.locator("#signatories .count")).containsText("2 signatories");
        assertThat(page.locator("#signatories .orgs li").first()).containsText("Alianza Americas");
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
    }
}
