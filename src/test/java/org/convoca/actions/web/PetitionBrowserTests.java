package org.convoca.actions.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convoca.actions.TestPetitions;
import org.convoca.people.People;
import org.convoca.support.BrowserTest;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class PetitionBrowserTests extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired People people;

    @Test
    void aSupporterSignsInSpanishOnAPhoneCorrectingAMistakeOnTheWay() {
        var w = fixtures.workspace("Unidos en Acción");
        testPetitions.open(w.id(), "daca");
        BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions().setLocale("es-MX")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page p = phone.newPage();
            p.setDefaultTimeout(10_000);
            p.navigate(url("/" + w.workspace().slug() + "/petitions/daca"));

            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Protejan a los beneficiarios de DACA");
            assertThat(p.locator("#counter")).containsText("0 firmas");
            p.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Guadalupe");
            p.getByLabel("Correo electrónico").fill("guadalupe@example");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmar")).click();

            assertThat(p.getByRole(AriaRole.ALERT).first()).containsText("Su firma todavía no se ha guardado");
            assertThat(p.locator("#email-error")).containsText("nombre@ejemplo.org");
            assertThat(p.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true))).hasValue("Guadalupe");
            p.getByLabel("Correo electrónico").fill("guadalupe@example.org");
            p.getByLabel("Código postal").fill("85003");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmar")).click();

            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("¡Gracias por firmar!");
            assertThat(p.locator("#counter")).containsText("1 firma");
            assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WhatsApp")))
                    .hasAttribute("href", java.util.regex.Pattern.compile("^https://wa\\.me/\\?text=.*"));
            Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("nothing wider than the phone's screen").isEqualTo(false);
            assertThat(people.findByEmail(w.id(), "guadalupe@example.org").orElseThrow().language())
                    .isEqualTo("es");
        } finally {
            phone.close();
        }
    }

    @Test
    void anOrganizerUploadsAnImageThatThePublicPageServesItself() throws Exception {
        var w = fixtures.workspace("Image upload");
        var p = testPetitions.open(w.id(), "with-image");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("petition", ".png");
        java.nio.file.Files.write(png, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        java.nio.file.Path text = java.nio.file.Files.createTempFile("not-an-image", ".png");
        java.nio.file.Files.writeString(text, "<script>alert(1)</script>");
        signIn(w.email(org.convoca.workspace.Role.ORGANIZER), org.convoca.support.Fixtures.PASSWORD);
        page.navigate(url("/admin/petitions/" + p.id()));

        page.getByLabel("PNG, JPEG, GIF or WebP, up to 2 MB").setInputFiles(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("not a PNG, JPEG, GIF or WebP image");
        page.getByLabel("PNG, JPEG, GIF or WebP, up to 2 MB").setInputFiles(png);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();

        page.navigate(url("/" + w.workspace().slug() + "/petitions/with-image"));
        assertThat(page.locator("img.hero")).hasAttribute("alt", "Marchers");
        Object width = page.evaluate("document.querySelector('img.hero').naturalWidth");
        assertThat(width).isEqualTo(1);
    }
}
