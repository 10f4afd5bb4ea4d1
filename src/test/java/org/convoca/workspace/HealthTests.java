package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.support.ConvocaTest;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class HealthTests {

    @LocalServerPort
    int port;

    @Test
    void healthCheckAnswersOkWhileTheDatabaseIsUp() {
        WebSession.Page page = new WebSession(port).get("/healthz");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"status\":\"ok\"");
    }
}
