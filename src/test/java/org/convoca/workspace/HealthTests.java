package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    @Test
    void aHealthCheckStartsNoSessionWhileAPageWithAFormDoes() throws Exception {
        // A load balancer asks every few seconds; each answer used to leave a session row in the database.
        assertThat(get("/healthz").headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> signIn = get("/signin"); // or the first-run setup page it leads to
        assertThat(signIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("session="));
        assertThat(signIn.body()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
