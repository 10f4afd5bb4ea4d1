package org.convoca.events.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.convoca.events.Event;
import org.convoca.events.Registering;
import org.convoca.events.Registrant;
import org.convoca.events.RegistrationRequest;
import org.convoca.events.TestEvents;
import org.convoca.people.Person;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At the door, on a phone: type part of a name, tap once, and the person is marked present without a reload. */
@ConvocaTest
class CheckInBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Attendance attendance;

    @Test
    void staffFindSomeoneAsTheyTypeAndMarkThemPresentWithOneTap() {
        var w = fixtures.workspace("Door");
        Event e = testEvents.create(w.id(), TestEvents.webinar("door", Duration.ofDays(1), 0));
        Person lucia = null;
        for (String[] p : new String[][] {{"Lucía", "Peña", "lucia@example.org"}, {"Ana", "Ruiz", "ana@example.org"},
            {"Bo", "Chen", "bo@example.org"}}) {
            Person registered = registering.register(e, new RegistrationRequest(Person.draft(p[0], p[1], p[2]), "es",
                    List.<Registrant.Answer>of(), null, "test")).person();
            lucia = lucia == null ? registered : lucia;
        }
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/events/" + e.id() + "/after"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check-in")).click();
        assertThat(page.locator("#rows tbody tr")).hasCount(3);
        page.evaluate("window.stillHere = true");

        page.getByLabel("Find by name or email").pressSequentially("peñ");
        assertThat(page.locator("#rows tbody tr")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark present")).click();

        assertThat(page.locator("#person-" + lucia.id())).containsText("Here");
        assertThat(page.locator("#person-" + lucia.id()).getByRole(AriaRole.BUTTON)).hasText("Undo");
        assertThat(page.evaluate("window.stillHere === true")).as("no page reload").isEqualTo(true);
        assertThat(attendance.attended(w.id(), e.id(), lucia.id())).isTrue();
    }
}
