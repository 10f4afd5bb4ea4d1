package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Files over the configured size, whether Convoca or the servlet container notices first. */
@ConvocaTest
@TestPropertySource(properties = {"convoca.imports.max-file-size=10KB", "spring.servlet.multipart.max-file-size=40KB",
    "spring.servlet.multipart.max-request-size=40KB"})
class ImportLimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Imports imports;

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeNamedAndNothingKept() {
        ImportFlow flow = new ImportFlow(port, fixtures, imports, "Limits");

        WebSession.Page overImportLimit = flow.upload("big.csv", csv(20_000));
        WebSession.Page overUploadLimit = flow.upload("bigger.csv", csv(100_000));

        assertThat(overImportLimit.status()).isEqualTo(413);
        assertThat(overImportLimit.text()).contains("larger than 10 KB", "Split it");
        assertThat(overUploadLimit.status()).isEqualTo(200);
        assertThat(overUploadLimit.url()).endsWith("/admin/imports?error=too-large");
        assertThat(overUploadLimit.text()).contains("Split it into smaller files");
        assertThat(imports.recent(flow.workspace.id(), 5)).isEmpty();
    }

    private static byte[] csv(int bytes) {
        StringBuilder b = new StringBuilder("email\n");
        for (int i = 0; b.length() < bytes; i++) {
            b.append("person").append(i).append("@example.org\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
