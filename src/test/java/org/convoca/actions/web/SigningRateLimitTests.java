package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.actions.TestPetitions;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With the limits a fresh installation has: 30 signatures a minute per address, 5 an hour per email. */
@ConvocaTest
@TestPropertySource(properties = {"convoca.petitions.signatures-per-ip-per-minute=30",
    "convoca.petitions.signatures-per-email-per-hour=5"})
class SigningRateLimitTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;

    @Test
    void oneEmailSigningOverAndOverIsAskedToWaitAfterFiveTriesAndOneAddressAfterThirty() {
        var w = fixtures.workspace("Limits");
        testPetitions.open(w.id(), "limits");
        String path = "/" + w.workspace().slug() + "/petitions/limits";
        String seen = new WebSession(port).get(path).html().selectFirst("input[name=seen]").val();

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(new WebSession(port).postRaw(path, Map.of("seen", seen, "given_name", "Same",
                    "email", "same@example.org")).status()).isEqualTo(200);
        }
        WebSession.Page sixth = new WebSession(port).postRaw(path, Map.of("seen", seen, "given_name", "Same",
                "email", "SAME@example.org"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.text()).contains("Please wait a moment", "wait a minute and try again");

        int accepted = 6;
        WebSession.Page last = null;
        for (int i = 0; i < 30; i++) {
            last = new WebSession(port).postRaw(path, Map.of("seen", seen, "given_name", "N" + i,
                    "email", "n" + i + "@example.org"));
            if (last.status() == 429) {
                break;
            }
            accepted++;
        }
        // The bucket refills one signature every two seconds, so a slow (loaded) machine rightly lets a few more in.
        long refilled = (System.nanoTime() - start) / 2_000_000_000L;
        assertThat(accepted).isBetween(30, 30 + (int) refilled);
        assertThat(last.status()).isEqualTo(429);
        assertThat(new WebSession(port).acceptLanguage("es").postRaw(path + "?lang=es", Map.of("seen", seen,
                "given_name", "Otra", "email", "otra@example.org")).text()).contains("Espere un momento");
    }
}
