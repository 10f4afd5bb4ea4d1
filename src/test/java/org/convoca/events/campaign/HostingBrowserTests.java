package org.convoca.events.campaign;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.convoca.events.EventInbox;
import org.convoca.people.People;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class HostingBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired People people;
    @Autowired EventInbox inbox;

    @Test
    void aSupporterOffersToHostAnEventFromTheCampaignPageAndIsThankedForIt() {
        var w = fixtures.workspace("Jornada");
        Campaign c = HostOffers.campaign(campaigns, w);
        page.navigate(url(HostOffers.campaignPath(w, c) + "?lang=es"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organice un evento")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Organice un evento: Día de acción por la dignidad");
        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Guadalupe");
        page.getByLabel("Correo electrónico").fill("guadalupe@example.org");
        page.getByLabel("Título del evento").fill("Caminata por Houston");
        page.getByLabel("Descripción").fill("Salimos del parque a las **10**.");
        page.getByLabel("Zona horaria").selectOption("America/Chicago");
        page.getByLabel("Fecha", new Page.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now().plusDays(40).toString());
        page.getByLabel("Empieza a las").fill("10:00");
        page.getByLabel("Termina a las").fill("12:00");
        page.getByLabel("Dirección (para eventos en persona)").fill("Hermann Park");
        page.getByLabel("Ciudad").fill("Houston");
        page.getByLabel("Región").fill("Texas");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ofrecer este evento")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("¡Gracias! Revisaremos su evento");
        assertThat(page.locator("#thanks")).containsText("Día de acción por la dignidad");
        assertThat(people.findByEmail(w.id(), "guadalupe@example.org")).isPresent();
        assertThat(hostings.of(c, Hosting.Status.PENDING, 10)).hasSize(1);
        assertThat(inbox.await(w.id(), "guadalupe@example.org", "Recibimos su evento: Caminata por Houston"))
                .isNotNull();
    }
}
