package org.convoca.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class PeopleBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired People people;

    @Test
    void aPersonAddedWithAccentsAndEmojiIsFoundByTypingTheirNameWithoutAccents() {
        var w = fixtures.workspace("Browser add");
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/people"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person")).click();
        page.getByLabel("Given name").fill("Zoë 🌻");
        page.getByLabel("Family name").fill("Ñúñez-Ibáñez");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("zoe@example.org");
        button("Save").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Zoë 🌻 Ñúñez-Ibáñez");

        people.create(w.id(), Person.draft("Otra", "Persona", "otra@example.org"));
        page.navigate(url("/admin/people"));
        page.getByRole(AriaRole.SEARCHBOX).first().fill("zoe nunez");
        assertThat(page.locator("#count")).hasText("1 person");
        assertThat(page.locator("#results")).containsText("Zoë 🌻 Ñúñez-Ibáñez");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=zoe(\\+|%20)nunez.*"));
    }

    @Test
    void anInvalidEditShowsTheErrorBesideTheFieldAndKeepsWhatWasTyped() {
        var w = fixtures.workspace("Browser edit");
        Person p = people.create(w.id(), Person.draft("Rosa", "Luna", "rosa@example.org"));
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/people/" + p.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("rosa@luna");
        page.getByLabel("Country (two letters, such as US or MX)").fill("México");
        button("Save").click();

        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Nothing has been saved");
        assertThat(page.locator("#email-error")).containsText("is not an email address");
        assertThat(page.locator("#country-error")).containsText("two-letter code");
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).hasValue("rosa@luna");
    }

    @Test
    void taggingAPersonShowsTheTagAndItLeadsToEveryoneCarryingIt() {
        var w = fixtures.workspace("Browser tags");
        Person p = people.create(w.id(), Person.draft("Tomás", "Ríos", "tomas@example.org"));
        people.create(w.id(), Person.draft("Sin", "Etiqueta", "sin@example.org"));
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/people/" + p.id()));
        page.getByLabel("Add a tag").fill("Voluntario ✊");
        button("Add tag").click();
        assertThat(page.locator("#timeline")).containsText("Tagged Voluntario ✊");

        page.locator("#tags a.tag").click();
        assertThat(page.locator("#count")).hasText("1 person");
        assertThat(page.locator("#results")).containsText("Tomás Ríos");
        assertThat(page.locator("#results")).not().containsText("Sin Etiqueta");
    }

    @Test
    void mergingTwoRecordsKeepsTheChosenValuesAndRemovesTheDuplicate() {
        var w = fixtures.workspace("Browser merge");
        Person kept = people.create(w.id(), Person.draft("Guadalupe", "Ortiz", "lupe@example.org"));
        Person dup = people.create(w.id(), Person.draft("Lupita", "Ortiz", "lupita@example.org")
                .withPhone("+1 832 555 0199"));
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/people/" + kept.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Merge with a duplicate")).click();
        page.getByRole(AriaRole.SEARCHBOX).fill("lupita");
        button("Search").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare")).click();
        page.locator("input[name='choice.email'][value=other]").check();
        button("Merge").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("merged");
        assertThat(page.locator("main")).containsText("lupita@example.org");
        assertThat(page.locator("main")).containsText("+1 832 555 0199");
        assertThat(page.locator("#timeline")).containsText("Merged with Lupita Ortiz");
        assertThat(page.locator("h1")).hasText("Guadalupe Ortiz");
        page.navigate(url("/admin/people/" + dup.id()));
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
