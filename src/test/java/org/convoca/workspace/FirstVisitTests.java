package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.support.ConvocaTest;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A fresh installation: the first visitor sets it up, and from then on everyone meets the sign-in page. */
@ConvocaTest
@TestPropertySource(properties = "convoca.test.context=first-visit")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstVisitTests {

    @LocalServerPort
    int port;

    @Autowired
    Workspaces workspaces;

    @Test
    @Order(1)
    void setupRejectsIncompleteFormAndKeepsWhatWasTyped() {
        WebSession browser = new WebSession(port);
        WebSession.Page page = browser.post("/setup", "/setup", Map.of("organization", "Centro Legal <b>Ñ</b>",
                "name", "", "email", "not-an-email", "password", "short"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Enter your name", "Enter an email address", "at least 10 characters");
        assertThat(page.html().selectFirst("input[name=organization]").val()).isEqualTo("Centro Legal <b>Ñ</b>");
        assertThat(page.body()).doesNotContain("<b>Ñ</b>");
        assertThat(workspaces.any()).isFalse();
    }

    @Test
    @Order(2)
    void firstVisitLeadsToSetupWhichCreatesWorkspaceAndSignsOwnerIn() {
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/").url()).endsWith("/setup");

        WebSession.Page dashboard = browser.post("/setup", "/setup", Map.of("organization",
                "Red de Acción Migrante 🌎", "name", "Adriana Núñez", "email", "Adriana@Example.org",
                "password", "correct horse battery"));

        assertThat(dashboard.url()).endsWith("/admin");
        assertThat(dashboard.text()).contains("Red de Acción Migrante 🌎", "Adriana Núñez");
        assertThat(workspaces.findBySlug("red-de-accion-migrante")).isPresent();
    }

    @Test
    @Order(3)
    void afterSetupVisitorsMeetSignInAndSetupIsClosed() {
        WebSession stranger = new WebSession(port);
        assertThat(stranger.get("/").url()).endsWith("/signin");
        assertThat(stranger.get("/setup").url()).endsWith("/signin");
        assertThat(stranger.get("/admin").url()).endsWith("/signin");
        assertThat(stranger.postRaw("/setup", Map.of("organization", "Hijack")).status()).isEqualTo(403);
        assertThat(workspaces.all()).hasSize(1);
    }

    @Test
    @Order(4)
    void ownerSignsInWithAnyCaseOfEmailAndWrongPasswordIsRefusedClearly() {
        WebSession browser = new WebSession(port);
        WebSession.Page refused = browser.post("/signin", "/signin",
                Map.of("email", "adriana@example.org", "password", "wrong password"));
        assertThat(refused.text()).contains("do not match an account");

        WebSession.Page dashboard = browser.post("/signin", "/signin",
                Map.of("email", "ADRIANA@example.org", "password", "correct horse battery"));
        assertThat(dashboard.url()).endsWith("/admin");
        assertThat(dashboard.text()).contains("Welcome, Adriana Núñez");
    }

    @Test
    @Order(5)
    void spanishBrowserGetsSpanishPages() {
        WebSession browser = new WebSession(port).acceptLanguage("es-MX,es;q=0.9");
        assertThat(browser.get("/signin").text()).contains("Iniciar sesión", "Contraseña");
    }
}
