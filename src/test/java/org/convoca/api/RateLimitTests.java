package org.convoca.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@ConvocaTest
@TestPropertySource(properties = "convoca.api.requests-per-second=2")
class RateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiKeys keys;

    @Test
    void aKeyGoingTooFastIsToldToWaitWhileAnotherKeyIsNotSlowedDown() {
        var w = fixtures.workspace("Fast");
        var fast = new ApiClient(port, keys.create(w.id(), "fast").secret());
        var other = new ApiClient(port, keys.create(w.id(), "other").secret());

        List<ApiClient.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(fast.get("/people"));
        }

        ApiClient.Reply refused = replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(refused.error()).contains("Too many requests");
        assertThat(replies.getFirst().status()).isEqualTo(200);
        assertThat(other.get("/people").status()).isEqualTo(200);
    }
}
