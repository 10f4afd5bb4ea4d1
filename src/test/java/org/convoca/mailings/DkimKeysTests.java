package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads when the DKIM settings are incomplete or the key file is missing or not a key. */
class DkimKeysTests {

    @TempDir
    Path dir;

    @Test
    void withoutAnySettingNothingIsSigned() {
        assertThat(DkimKeys.load("", " ", null)).isNull();
    }

    @Test
    void someSettingsWithoutTheOthersAreRefused() {
        assertThatThrownBy(() -> DkimKeys.load("example.org", "", ""))
                .hasMessageContaining("CONVOCA_DKIM_SELECTOR").hasMessageContaining("only some are set");
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path missing = dir.resolve("nope.pem");
        assertThatThrownBy(() -> DkimKeys.load("example.org", "s1", missing.toString()))
                .hasMessageStartingWith("CONVOCA_DKIM_PRIVATE_KEY: the key file " + missing + " cannot be read");
    }

    @Test
    void aFileThatIsNotAPkcs8KeyIsRefusedWithTheCommandThatConvertsOne() throws Exception {
        Path old = Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimKeys.load("example.org", "s1", old.toString()))
                .hasMessageContaining("is not a PEM PKCS#8 key").hasMessageContaining("openssl pkcs8 -topk8");
        Path garbage = Files.writeString(dir.resolve("g.pem"), "-----BEGIN PRIVATE KEY-----\n<script>\u00f1'\r\n"
                + "-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> DkimKeys.load("example.org", "s1", garbage.toString()))
                .hasMessageContaining("does not hold an RSA private key");
    }

    @Test
    void domainsAndSelectorsThatWouldBreakTheHeaderAreRefused() throws Exception {
        Path key = dir.resolve("k.pem");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n",
                StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DkimKeys.load("example.org; s=evil", "s1", key.toString()))
                .hasMessageContaining("CONVOCA_DKIM_DOMAIN");
        assertThatThrownBy(() -> DkimKeys.load("example.org", "s1\r\nBcc: x@y.z", key.toString()))
                .hasMessageContaining("CONVOCA_DKIM_SELECTOR");
        assertThat(DkimKeys.load(" Example.ORG ", "mail2026", key.toString()).domain()).isEqualTo("example.org");
    }
}
