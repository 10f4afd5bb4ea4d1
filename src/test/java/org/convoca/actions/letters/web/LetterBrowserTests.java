package org.convoca.actions.letters.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.SentMail;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.letters.Target;
import org.convoca.actions.letters.Targets;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class LetterBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired SentMail mail;

    @Test
    void aSupporterOnAPhoneFindsTheirSenatorEditsTheLetterInSpanishAndSendsIt() {
        var w = fixtures.workspace("Voces Unidas");
        Target tx = targets.add(w.id(), new Target(null, null, "Ana Núñez", "Senadora", "ana.browser@example.gov",
                List.of("TX"), List.of("787"), null));
        Target ca = targets.add(w.id(), new Target(null, null, "Carla Díaz", "Senadora", "carla.browser@example.gov",
                List.of("CA"), List.of(), null));
        Map<String, LetterText> texts = new LinkedHashMap<>();
        texts.put("en", new LetterText("en", "Vote yes on HB 1", "", "Vote yes on HB 1", "Please vote yes.", "", ""));
        texts.put("es", new LetterText("es", "Vote sí por la HB 1", "Escriba **hoy**.", "Vote sí por la HB 1",
                "Le pido que vote sí.", "", ""));
        LetterCampaign c = campaigns.create(w.id(), new LetterCampaign(null, null, "hb1", PetitionStatus.OPEN, "en",
                "", "Convoca", texts, List.of(), null, null));
        campaigns.setTargets(c, List.of(tx.id(), ca.id()));

        BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions().setLocale("es-MX")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page p = phone.newPage();
            p.setDefaultTimeout(10_000);
            p.navigate(url("/" + w.workspace().slug() + "/letters/hb1"));
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Vote sí por la HB 1");
            p.getByLabel("Código postal").fill("78701");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver a quién escribir")).click();

            assertThat(p.locator("#targets li")).hasText(new String[] {"Senadora Ana Núñez"});
            assertThat(p.getByLabel("Su carta (puede cambiarla)")).hasValue("Le pido que vote sí.");
            p.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Guadalupe");
            p.getByLabel("Correo electrónico").fill("guadalupe.letter@example.org");
            p.getByLabel("Su carta (puede cambiarla)").fill("Le pido que vote sí.\nMi familia vive en Austin.");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar mi carta")).click();

            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("¡Gracias por escribir!");
            Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("nothing wider than the phone's screen").isEqualTo(false);
        } finally {
            phone.close();
        }
        assertThat(mail.await("ana.browser@example.gov", 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Vote sí por la HB 1");
            assertThat(m.text()).contains("Mi familia vive en Austin.", "Guadalupe");
            assertThat(m.replyTo()).isEqualTo("guadalupe.letter@example.org");
        });
        assertThat(mail.to("carla.browser@example.gov")).isEmpty();
    }
}
