package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Test
    void sessionCookieCannotBeReadByScriptsOrSentFromOtherSites() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("convoca_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }
}
