package org.convoca.events.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.regex.Pattern;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.Events;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.TestEvents;
import org.convoca.mail.CapturedMail;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class EventBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registrations registrations;
    @Autowired Events events;
    @Autowired EventInbox inbox;

    @Test
    void aSupporterInNewYorkRegistersInSpanishOnAPhoneSeesTheirOwnTimeAndCancelsFromTheEmail() {
        var w = fixtures.workspace("Unidos en Acción");
        Instant start = Instant.parse("2027-06-08T17:00:00Z");
        Event e = testEvents.create(w.id(), TestEvents.draft("derechos", start, start.plusSeconds(3600),
                "America/Chicago", 0, "https://meet.example.org/abc-123", ""));
        BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions().setLocale("es-MX")
                .setTimezoneId("America/New_York").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page p = phone.newPage();
            p.setDefaultTimeout(10_000);
            p.navigate(url("/" + w.workspace().slug() + "/events/derechos"));

            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Conozca sus derechos");
            assertThat(p.locator("#when")).hasText("martes, 8 de junio de 2027, 12:00–1:00 p. m. CDT");
            assertThat(p.locator("#viewer-times"))
                    .hasText("En su zona horaria: martes, 8 de junio de 2027, 1:00–2:00 p. m. EDT");
            p.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Guadalupe");
            p.getByLabel("Correo electrónico").fill("guadalupe@example");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscribirme")).click();

            assertThat(p.locator("#notice")).containsText("Corrija los campos marcados");
            assertThat(p.locator("#email-error")).containsText("nombre@ejemplo.org");
            assertThat(p.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true))).hasValue("Guadalupe");
            p.getByLabel("Correo electrónico").fill("guadalupe@example.org");
            p.getByLabel("¿Qué le gustaría preguntar?").fill("¿Puedo ir con mi familia?");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscribirme")).click();

            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("¡Su inscripción está confirmada!");
            assertThat(p.locator(".viewer-times")).containsText("1:00–2:00 p. m. EDT");
            Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("nothing wider than the phone's screen").isEqualTo(false);

            CapturedMail mail = inbox.await(w.id(), "guadalupe@example.org", "Su inscripción está confirmada");
            String link = mail.textBody().lines().filter(l -> l.contains("/cancel?token=")).findFirst().orElseThrow();
            String cancel = link.substring(link.indexOf("/" + w.workspace().slug() + "/events/"));
            p.navigate(url(cancel));
            assertThat(p.locator("#cancel-question")).containsText("¿No puede asistir?");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancelar mi inscripción")).click();
            assertThat(p.locator("#cancel-done")).containsText("Su inscripción está cancelada");
            assertThat(registrations.count(w.id(), e.id(), RegistrationStatus.REGISTERED)).isZero();
            assertThat(registrations.count(w.id(), e.id(), RegistrationStatus.CANCELLED)).isEqualTo(1);
        } finally {
            phone.close();
        }
    }

    @Test
    void anOrganizerAddsAPanelInEasternTimeAlsoShownInPacificTime() {
        var w = fixtures.workspace("Panel");
        signIn(w.email(Role.ORGANIZER), Fixtures.PASSWORD);
        page.navigate(url("/admin/events"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).click();
        page.getByLabel("Time zone", new Page.GetByLabelOptions().setExact(true)).selectOption("America/New_York");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2027-01-12");
        page.getByLabel("Starts at").fill("13:00");
        page.getByLabel("Ends at").fill("14:30");
        page.getByLabel("Extra time zone 1").selectOption("America/Los_Angeles");
        page.getByLabel("Join link (online events)").fill("https://meet.example.org/panel");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).first().fill("Panel: the new rule");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save event")).click();

        assertThat(page.locator("#when")).containsText("Tuesday, January 12, 2027, 1:00–2:30 p.m. EST");
        assertThat(page.locator("#zones")).hasText("10:00 a.m. PT / 1:00 p.m. ET");
        assertThat(page).hasURL(Pattern.compile(".*/admin/events/[0-9a-f-]{36}"));
        assertThat(events.newest(w.id(), 0, 1).getFirst().startsAt()).isEqualTo(Instant.parse("2027-01-12T18:00:00Z"));
    }
}
