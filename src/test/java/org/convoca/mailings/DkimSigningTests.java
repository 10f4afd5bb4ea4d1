package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * With a DKIM key configured, every newsletter arrives signed: the signature is checked here the way a receiving
 * server would, from the bytes GreenMail received, canonicalized again by this test's own code, with the public key.
 * The context is used by this class alone, so it is closed after it.
 */
@TestPropertySource(properties = {"convoca.test.context=mailings-dkim", "spring.datasource.hikari.maximum-pool-size=5"})
@DirtiesContext
class DkimSigningTests extends RelayTest {

    static final KeyPair KEYS = keys();

    @DynamicPropertySource
    static void dkim(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("dkim", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(KEYS.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        registry.add("convoca.dkim.domain", () -> "Example.org");
        registry.add("convoca.dkim.selector", () -> "news2026");
        registry.add("convoca.dkim.private-key", pem::toString);
    }

    @Autowired
    Mailings mailings;

    @Test
    void newslettersCarryASignatureThatVerifiesWithThePublicKeyAndBreaksWhenTheSubjectChanges() throws Exception {
        var w = fixtures.workspace("Firmas");
        String tag = tag();
        fixtures.person(w.id(), "Begoña", "bego-" + tag + "@example.org", "es", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Ann", "ann-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = mailings.create(w.id(), Mailing.draft("Año nuevo").withAudience(new Audience(true, List.of()))
                .withVersion(new MailingVersion("es", "¡Feliz año, {{given_name|amiga}}! 🎉 Canción de la niñez", "",
                        List.of(new Block.Heading("Celebración en la montaña 🏔️"),
                                new Block.Text("Querida {{given_name}},    mañana   bailamos.\n\n.punto al inicio"))))
                .withVersion(new MailingVersion("en", "Happy new year, {{given_name}}", "",
                        List.of(new Block.Text("Hello  there.")))), null);

        sending.start(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));

        Map<String, MimeMessage> received = receivedFor(tag);
        assertThat(received).hasSize(2);
        for (MimeMessage message : received.values()) {
            String raw = raw(message);
            Map<String, String> tags = Verifier.tags(raw);
            assertThat(tags).containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/relaxed")
                    .containsEntry("d", "example.org").containsEntry("s", "news2026");
            assertThat(tags.get("h").split(":")).contains("from", "to", "subject", "date", "message-id",
                    "list-unsubscribe", "list-unsubscribe-post", "list-id", "mime-version", "content-type");
            assertThat(Verifier.verify(raw, KEYS.getPublic())).isTrue();
            String tampered = raw.replaceFirst("(?m)^Subject: ", "Subject: =?UTF-8?B?Rlc6IA==?= ");
            assertThat(Verifier.verify(tampered, KEYS.getPublic())).isFalse();
        }
        MimeMessage spanish = received.get("bego-" + tag + "@example.org");
        assertThat(spanish.getSubject()).isEqualTo("¡Feliz año, Begoña! 🎉 Canción de la niñez");
        String text = (String) ((MimeMultipart) spanish.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("\n.punto al inicio");
    }

    private static String raw(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.US_ASCII);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receiving server's check (RFC 6376 section 6), written apart from Convoca's signer. */
    static final class Verifier {

        static Map<String, String> tags(String raw) {
            String value = fields(raw).stream().filter(f -> name(f).equals("dkim-signature")).findFirst()
                    .orElseThrow(() -> new AssertionError("No DKIM-Signature header")).split(":", 2)[1];
            Map<String, String> tags = new LinkedHashMap<>();
            for (String tag : value.split(";")) {
                String[] kv = tag.split("=", 2);
                if (kv.length == 2) {
                    tags.put(kv[0].replaceAll("\\s", ""), kv[1].replaceAll("\\s", ""));
                }
            }
            return tags;
        }

        static boolean verify(String raw, PublicKey key) throws Exception {
            Map<String, String> tags = tags(raw);
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            byte[] bodyHash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalBody(body).getBytes(StandardCharsets.US_ASCII));
            if (!Base64.getEncoder().encodeToString(bodyHash).equals(tags.get("bh"))) {
                return false;
            }
            List<String> fields = fields(raw);
            StringBuilder data = new StringBuilder();
            for (String name : tags.get("h").toLowerCase(Locale.ROOT).split(":")) {
                for (int i = fields.size() - 1; i >= 0; i--) {
                    if (name(fields.get(i)).equals(name)) {
                        data.append(canonicalHeader(fields.remove(i))).append("\r\n");
                        break;
                    }
                }
            }
            String signature = fields(raw).stream().filter(f -> name(f).equals("dkim-signature")).findFirst()
                    .orElseThrow();
            data.append(canonicalHeader(signature.replaceAll("(;\\s*b\\s*=)[^;]*", "$1")));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(data.toString().getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getDecoder().decode(tags.get("b")));
        }

        private static List<String> fields(String raw) {
            List<String> fields = new ArrayList<>();
            for (String line : raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n")) {
                if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                    fields.set(fields.size() - 1, fields.getLast() + "\r\n" + line);
                } else {
                    fields.add(line);
                }
            }
            return fields;
        }

        private static String name(String field) {
            return field.substring(0, field.indexOf(':')).strip().toLowerCase(Locale.ROOT);
        }

        private static String canonicalHeader(String field) {
            int colon = field.indexOf(':');
            String value = field.substring(colon + 1).replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
            return field.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ":" + value;
        }

        private static String canonicalBody(String body) {
            StringBuilder b = new StringBuilder();
            for (String line : body.split("\r\n", -1)) {
                b.append(line.replaceAll("[ \t]+", " ").replaceAll(" $", "")).append("\r\n");
            }
            String s = b.toString();
            while (s.endsWith("\r\n\r\n")) {
                s = s.substring(0, s.length() - 2);
            }
            return s.equals("\r\n") ? "" : s;
        }
    }
}
