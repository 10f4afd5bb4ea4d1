package org.convoca.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** With CONVOCA_SMTP_HOST set, mail goes out over a real SMTP conversation (GreenMail) and is not captured. */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=smtp", "convoca.smtp.host=127.0.0.1",
        "convoca.smtp.username=convoca", "convoca.smtp.password=relay secret",
        "convoca.mail.from=convoca@relay.example.org"})
class SmtpDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension RELAY = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("convoca", "relay secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", () -> RELAY.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messageIsDeliveredThroughTheRelayWithTextHtmlAndUnicodeHeaders() throws Exception {
        String to = "destinataria-" + System.nanoTime() + "@example.org";
        mailer.send(new OutgoingEmail(to, "Red de Acción Migrante", "noticias@example.org", "¡Bienvenida! 🌎",
                "Hola, María.", "<p>Hola, <b>María</b>.</p>", null, null));

        MimeMessage received = receivedBy(to);
        assertThat(received.getSubject()).isEqualTo("¡Bienvenida! 🌎");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noticias@example.org");
        assertThat(from.getPersonal()).isEqualTo("Red de Acción Migrante");
        String raw = GreenMailUtil.getWholeMessage(received);
        assertThat(raw).contains("multipart/alternative", "text/plain", "text/html");
        assertThat(mailer.capturesMail()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mailbox WHERE recipient = ?").param(to).query(Long.class).single())
                .isZero();
    }

    @Test
    void messageWithoutASenderComesFromTheInstallationAddress() throws Exception {
        String to = "plain-" + System.nanoTime() + "@example.org";
        mailer.send(OutgoingEmail.text(to, "Plain", "Only text"));

        MimeMessage received = receivedBy(to);
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("convoca@relay.example.org");
        assertThat(GreenMailUtil.getBody(received)).contains("Only text");
    }

    @Test
    void staffInvitationGoesOutThroughTheRelayWithAWorkingLink() throws Exception {
        var w = fixtures.workspace("Relay Org");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        String invitee = "invitee-" + System.nanoTime() + "@example.org";

        WebSession.Page page = owner.post("/admin/staff", "/admin/staff/invitations",
                Map.of("email", invitee, "role", "ORGANIZER"));
        assertThat(page.text()).contains("The invitation is on its way");

        String body = GreenMailUtil.getBody(receivedBy(invitee));
        Matcher link = Pattern.compile("http://localhost:" + port + "/invitations/[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(new WebSession(port).get(link.group().substring(("http://localhost:" + port).length())).text())
                .contains("Join Relay Org on Convoca");
    }

    @Test
    void aPasswordResetLinkIsMailedThroughTheRelayByTheQueuedTask() throws Exception {
        var w = fixtures.workspace("Relay Reset");
        String email = w.email(Role.ADMIN);

        WebSession.Page page = new WebSession(port).post("/password-reset", "/password-reset", Map.of("email", email));
        assertThat(page.text()).contains("If there is an account for");

        MimeMessage mail = null;
        for (long deadline = System.currentTimeMillis() + 10_000; mail == null
                && System.currentTimeMillis() < deadline; Thread.sleep(100)) {
            mail = java.util.Arrays.stream(RELAY.getReceivedMessages())
                    .filter(m -> recipient(m).equals(email)).findFirst().orElse(null);
        }
        assertThat(mail).as("a reset link for " + email).isNotNull();
        Matcher link = Pattern.compile("/password-reset/[A-Za-z0-9_-]{43}").matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).isTrue();
        assertThat(new WebSession(port).get(link.group()).text()).contains("Choose a new password");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unreachableRelayIsReportedClearly() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SmtpRelay relay = new SmtpRelay("127.0.0.1", closedPort, null, null, "none");

        assertThatThrownBy(() -> relay.send(OutgoingEmail.text("ana@example.org", "Hola", "x"), "c@example.org"))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("SMTP relay at 127.0.0.1:" + closedPort + " did not accept the message");
    }

    @Test
    void tlsModeVerifiesTheRelayCertificateInsteadOfTrustingAnyone() {
        GreenMail tls = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
        tls.start();
        try {
            SmtpRelay relay = new SmtpRelay("127.0.0.1", tls.getSmtps().getPort(), null, null, "tls");
            assertThatThrownBy(() -> relay.send(OutgoingEmail.text("ana@example.org", "Hola", "x"), "c@example.org"))
                    .isInstanceOf(MailDeliveryException.class);
            assertThat(tls.getReceivedMessages()).isEmpty();
        } finally {
            tls.stop();
        }
    }

    @Test
    void unknownSecurityModeStopsStartupWithAClearMessage() {
        assertThatThrownBy(() -> new SmtpRelay("127.0.0.1", 25, null, null, "ssl3"))
                .hasMessageContaining("CONVOCA_SMTP_SECURITY must be none, starttls or tls");
    }

    private static MimeMessage receivedBy(String to) throws Exception {
        RELAY.waitForIncomingEmail(5000, 1);
        for (MimeMessage m : RELAY.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("The relay received nothing for " + to);
    }
}
