package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class PasswordResetTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() {
        var w = fixtures.workspace("Same answer");
        WebSession.Page known = ask(w.email(Role.VIEWER));
        WebSession.Page unknown = ask("nadie-" + w.workspace().slug() + "@example.org");

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(known.text().replace(w.email(Role.VIEWER), "X"))
                .isEqualTo(unknown.text().replace("nadie-" + w.workspace().slug() + "@example.org", "X"));
        assertThat(known.text()).contains("If there is an account for");
        assertThat(mailsTo(w.email(Role.VIEWER), 1)).as("the link is still mailed, by the queued task").isEqualTo(1);
        assertThat(mailsTo("nadie-" + w.workspace().slug() + "@example.org", 0)).isZero();
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndEndsEveryOtherSession() {
        var w = fixtures.workspace("Reset");
        String email = w.email(Role.ORGANIZER);
        WebSession elsewhere = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        ask(email);

        String link = MailboxLinks.linkIn(elsewhere, "Reset your Convoca password");
        WebSession browser = new WebSession(port);
        assertThat(browser.get(link).text()).contains("Choose a new password");
        WebSession.Page tooShort = browser.post(link, link, Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text()).contains("at least 10 characters");

        WebSession.Page done = browser.post(link, link, Map.of("password", "mi contraseña nueva ñ"));
        assertThat(done.url()).endsWith("/signin?reset");
        assertThat(done.text()).contains("Your password was changed");
        assertThat(elsewhere.get("/admin").url()).endsWith("/signin");
        assertThat(new WebSession(port).get(link).status()).isEqualTo(410);

        WebSession.Page oldPassword = new WebSession(port).post("/signin", "/signin",
                Map.of("email", email, "password", Fixtures.PASSWORD));
        assertThat(oldPassword.text()).contains("do not match an account");
        WebSession.Page newPassword = new WebSession(port).post("/signin", "/signin",
                Map.of("email", email, "password", "mi contraseña nueva ñ"));
        assertThat(newPassword.url()).endsWith("/admin");
    }

    @Test
    void aFewRequestsPerAddressAnHourAreAllowedWhetherOrNotItExists() {
        var w = fixtures.workspace("Rate limit");
        for (String email : new String[] {w.email(Role.ADMIN), "ghost-" + w.workspace().slug() + "@example.org"}) {
            for (int i = 0; i < 3; i++) {
                assertThat(ask(email).status()).isEqualTo(200);
            }
            WebSession.Page fourth = ask(email.toUpperCase());
            assertThat(fourth.status()).isEqualTo(429);
            assertThat(fourth.text()).contains("Several links were asked for this address in the last hour");
        }
        assertThat(mailsTo(w.email(Role.ADMIN), 3)).isEqualTo(3);
    }

    @Test
    void expiredAndMalformedLinksAreRefusedAndChangeNothing() {
        var w = fixtures.workspace("Expired");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        ask(w.email(Role.VIEWER));
        String link = MailboxLinks.linkIn(viewer, "Reset your Convoca password");
        jdbc.sql("UPDATE password_resets SET expires_at = created_at - INTERVAL '1' HOUR WHERE account_id = "
                + "(SELECT id FROM staff_accounts WHERE email = ?)").param(w.email(Role.VIEWER)).update();

        for (String path : new String[] {link, "/password-reset/x", "/password-reset/" + "B".repeat(43)}) {
            WebSession browser = new WebSession(port);
            assertThat(browser.get(path).status()).as(path).isEqualTo(410);
            WebSession.Page post = browser.post("/password-reset", path, Map.of("password", "a new long password"));
            assertThat(post.status()).isEqualTo(410);
            assertThat(post.text()).contains("expired or was already used");
        }
        assertThat(viewer.get("/admin").url()).endsWith("/admin");
    }

    @Test
    void malformedAndHostileAddressesGetAFormErrorNotAnEmail() {
        for (String email : new String[] {"", "not an email", "a@example.org\r\nBcc: x@example.org",
                "<script>alert(1)</script>@x.org", "y".repeat(5000)}) {
            WebSession.Page page = ask(email);
            assertThat(page.status()).as(email).isEqualTo(422);
            assertThat(page.text()).contains("Enter an email address");
            assertThat(page.body()).doesNotContain("<script>alert(1)", "y".repeat(400));
        }
    }

    @Test
    void spanishSpeakingStaffGetTheEmailInSpanishAndOnlyTheyCanReadIt() {
        var w = fixtures.workspace("Idioma");
        jdbc.sql("UPDATE staff_accounts SET language = 'es' WHERE email = ?").param(w.email(Role.VIEWER)).update();
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        ask(w.email(Role.VIEWER));
        mailsTo(w.email(Role.VIEWER), 1);

        assertThat(viewer.get("/admin/mailbox").text()).contains("Restablezca su contraseña de Convoca");
        assertThat(owner.get("/admin/mailbox").text()).doesNotContain("Restablezca", "Reset your");
    }

    @Test
    void sixthSignInIsRefusedEvenWithTheRightPasswordUntilThePasswordIsReset() {
        var w = fixtures.workspace("Lockout");
        String email = w.email(Role.ADMIN);
        for (int i = 0; i < 5; i++) {
            WebSession.Page wrong = new WebSession(port).post("/signin", "/signin",
                    Map.of("email", email, "password", "wrong password " + i));
            assertThat(wrong.text()).contains("do not match an account");
        }
        WebSession.Page locked = new WebSession(port).post("/signin", "/signin",
                Map.of("email", email, "password", Fixtures.PASSWORD));
        assertThat(locked.url()).endsWith("/signin?locked");
        assertThat(locked.text()).contains("Too many failed attempts");

        ask(email);
        mailsTo(email, 1);
        String token = jdbc.sql("SELECT text_body FROM mailbox WHERE recipient = ? ORDER BY sent_at DESC")
                .param(email).query(String.class).list().getFirst().replaceAll("(?s).*/password-reset/(\\S+).*", "$1");
        WebSession browser = new WebSession(port);
        browser.post("/password-reset/" + token, "/password-reset/" + token, Map.of("password", "a fresh password"));
        WebSession.Page signedIn = new WebSession(port).post("/signin", "/signin",
                Map.of("email", email, "password", "a fresh password"));
        assertThat(signedIn.url()).endsWith("/admin");
    }

    /** How many messages the address has, once it has at least {@code expected} or a few seconds passed. */
    private long mailsTo(String email, long expected) {
        long deadline = System.currentTimeMillis() + 10_000;
        long count;
        while ((count = jdbc.sql("SELECT COUNT(*) FROM mailbox WHERE recipient = ?").param(email)
                .query(Long.class).single()) < expected && System.currentTimeMillis() < deadline) {
            MailboxLinks.pause();
        }
        return count;
    }

    private WebSession.Page ask(String email) {
        return new WebSession(port).post("/password-reset", "/password-reset", Map.of("email", email));
    }
}
