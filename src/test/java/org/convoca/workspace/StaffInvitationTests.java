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
class StaffInvitationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminInvitesANewcomerWhoChoosesNameAndPasswordAndStartsWorking() {
        var w = fixtures.workspace("Centro de Derechos");
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);

        WebSession.Page staff = admin.post("/admin/staff", "/admin/staff/invitations",
                Map.of("email", " Nuevo.Miembro@Example.org ", "role", "ORGANIZER"));
        assertThat(staff.text()).contains("The invitation is on its way", "nuevo.miembro@example.org");

        String link = MailboxLinks.linkIn(admin, "Admin Tester invited you to Centro de Derechos");
        WebSession newcomer = new WebSession(port);
        assertThat(newcomer.get(link).text()).contains("You are invited to join Centro de Derechos as Organizer",
                "nuevo.miembro@example.org");

        WebSession.Page tooShort = newcomer.post(link, link, Map.of("name", "Zoë", "password", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text()).contains("at least 10 characters");

        WebSession.Page dashboard = newcomer.post(link, link, Map.of("name", "Zoë نور 🌵",
                "password", "una contraseña larga"));
        assertThat(dashboard.url()).endsWith("/admin");
        assertThat(dashboard.text()).contains("Welcome, Zoë نور 🌵", "Centro de Derechos");
        assertThat(newcomer.get("/admin/staff").status()).isEqualTo(403);

        assertThat(admin.get("/admin/staff").html().select("tbody tr").text()).contains("Zoë نور 🌵", "Organizer");
        WebSession.Page reused = new WebSession(port).get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.text()).contains("expired, was already used");
    }

    @Test
    void someoneWithAnAccountJoinsAfterSigningInAsThatAccountOnly() {
        var w = fixtures.workspace("Coalición Norte");
        var other = fixtures.workspace("Otra Organización");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        owner.post("/admin/staff", "/admin/staff/invitations",
                Map.of("email", other.email(Role.VIEWER), "role", "ADMIN"));
        String link = MailboxLinks.linkIn(owner, "invited you to Coalición Norte");

        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.ORGANIZER);
        WebSession.Page wrong = stranger.get(link);
        assertThat(wrong.text()).contains("but this invitation is for " + other.email(Role.VIEWER));
        assertThat(stranger.post(link, link + "/join", Map.of()).status()).isEqualTo(403);

        WebSession invitee = new WebSession(port);
        assertThat(invitee.get(link).text()).contains("exists already. Sign in with it");
        WebSession.Page back = invitee.post("/signin", "/signin",
                Map.of("email", other.email(Role.VIEWER), "password", Fixtures.PASSWORD));
        assertThat(back.url()).contains(link);

        WebSession.Page joined = invitee.post(link, link + "/join", Map.of());
        assertThat(joined.url()).endsWith("/admin");
        assertThat(joined.html().selectFirst("h1").text()).isEqualTo("Coalición Norte");
        assertThat(invitee.get("/admin/settings").status()).isEqualTo(200);
        assertThat(joined.html().select("form.switcher option").eachText())
                .containsExactly("Coalición Norte", "Otra Organización");
    }

    @Test
    void adminsCannotMakeChangeOrRemoveOwners() {
        var w = fixtures.workspace("Límites");
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);
        String ownerId = accountId(w.email(Role.OWNER));
        String organizerId = accountId(w.email(Role.ORGANIZER));

        WebSession.Page invite = admin.post("/admin/staff", "/admin/staff/invitations",
                Map.of("email", "boss@example.org", "role", "OWNER"));
        assertThat(invite.status()).isEqualTo(403);
        assertThat(invite.text()).contains("admins cannot make, change or remove owners");
        assertThat(admin.post("/admin/staff", "/admin/staff/" + organizerId + "/role", Map.of("role", "OWNER"))
                .status()).isEqualTo(403);
        assertThat(admin.post("/admin/staff", "/admin/staff/" + ownerId + "/role", Map.of("role", "VIEWER"))
                .status()).isEqualTo(403);
        assertThat(admin.post("/admin/staff", "/admin/staff/" + ownerId + "/remove", Map.of()).status())
                .isEqualTo(403);

        assertThat(roleOf(w, ownerId)).isEqualTo("OWNER");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE workspace_id = ?").param(w.id())
                .query(Long.class).single()).isZero();
        assertThat(admin.get("/admin/staff").html().select("select[name=role] option[value=OWNER]")).isEmpty();
    }

    @Test
    void theLastOwnerCanNeitherStepDownNorBeRemoved() {
        var w = fixtures.workspace("Un solo dueño");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        String ownerId = accountId(w.email(Role.OWNER));

        WebSession.Page stepDown = owner.post("/admin/staff", "/admin/staff/" + ownerId + "/role",
                Map.of("role", "ADMIN"));
        assertThat(stepDown.status()).isEqualTo(409);
        assertThat(stepDown.text()).contains("needs at least one owner");
        assertThat(owner.post("/admin/staff", "/admin/staff/" + ownerId + "/remove", Map.of()).status())
                .isEqualTo(409);

        String adminId = accountId(w.email(Role.ADMIN));
        owner.post("/admin/staff", "/admin/staff/" + adminId + "/role", Map.of("role", "OWNER"));
        WebSession.Page afterHandOver = owner.post("/admin/staff", "/admin/staff/" + ownerId + "/role",
                Map.of("role", "ADMIN"));
        assertThat(afterHandOver.url()).endsWith("/admin");
        assertThat(roleOf(w, ownerId)).isEqualTo("ADMIN");
        assertThat(owner.get("/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void aRemovedOrDemotedMemberLosesAccessOnTheirVeryNextRequest() {
        var w = fixtures.workspace("Acceso inmediato");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        WebSession admin = fixtures.signIn(new WebSession(port), w, Role.ADMIN);
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(admin.get("/admin/settings").status()).isEqualTo(200);

        owner.post("/admin/staff", "/admin/staff/" + accountId(w.email(Role.ADMIN)) + "/role",
                Map.of("role", "VIEWER"));
        owner.post("/admin/staff", "/admin/staff/" + accountId(w.email(Role.ORGANIZER)) + "/remove", Map.of());
        owner.post("/admin/staff", "/admin/staff/" + accountId(w.email(Role.VIEWER)) + "/role",
                Map.of("role", "ADMIN"));

        assertThat(admin.get("/admin/settings").status()).isEqualTo(403);
        assertThat(organizer.get("/admin").url()).endsWith("/signin");
        assertThat(viewer.get("/admin/settings").status()).isEqualTo(200);
        assertThat(owner.get("/admin/audit").text()).contains("staff.remove", w.email(Role.ORGANIZER),
                "staff.role", "admin → viewer");
    }

    @Test
    void hostileOrMalformedInputIsRefusedClearlyAndNothingIsInvited() {
        var w = fixtures.workspace("Entradas hostiles");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);

        for (String email : new String[] {"", "a@example.org\r\nBcc: x@example.org", "<script>@x.org",
                "x".repeat(10_000) + "@example.org", "'; DROP TABLE invitations; --"}) {
            WebSession.Page page = owner.post("/admin/staff", "/admin/staff/invitations",
                    Map.of("email", email, "role", "VIEWER"));
            assertThat(page.status()).as(email).isEqualTo(422);
            assertThat(page.text()).contains("Enter an email address like name@example.org");
            assertThat(page.body()).doesNotContain("<script>@", "x".repeat(400));
        }
        WebSession.Page badRole = owner.post("/admin/staff", "/admin/staff/invitations",
                Map.of("email", "ok@example.org", "role", "SUPERUSER"));
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.text()).contains("Choose a role from the list");
        assertThat(owner.post("/admin/staff", "/admin/staff/not-a-uuid/role", Map.of("role", "VIEWER")).status())
                .isEqualTo(400);
        assertThat(owner.post("/admin/staff", "/admin/staff/" + java.util.UUID.randomUUID() + "/remove", Map.of())
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE workspace_id = ?").param(w.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void expiredOrUnknownInvitationLinksLeadToAClearPage() {
        var w = fixtures.workspace("Caducadas");
        WebSession owner = fixtures.signIn(new WebSession(port), w, Role.OWNER);
        owner.post("/admin/staff", "/admin/staff/invitations", Map.of("email", "tarde@example.org", "role", "VIEWER"));
        String link = MailboxLinks.linkIn(owner, "invited you to Caducadas");
        jdbc.sql("UPDATE invitations SET expires_at = created_at - INTERVAL '1' DAY WHERE workspace_id = ?")
                .param(w.id()).update();

        for (String path : new String[] {link, "/invitations/nope", "/invitations/" + "A".repeat(43),
                "/invitations/%27%20OR%20%271%27%3D%271", "/invitations/%3Cscript%3Ealert(1)%3C"}) {
            WebSession.Page page = new WebSession(port).get(path);
            assertThat(page.status()).as(path).isEqualTo(410);
            assertThat(page.text()).contains("This link no longer works");
        }
        WebSession.Page post = new WebSession(port).post("/signin", link,
                Map.of("name", "Tarde", "password", "una contraseña larga"));
        assertThat(post.status()).isEqualTo(410);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_accounts WHERE email = 'tarde@example.org'")
                .query(Long.class).single()).isZero();
    }

    private String accountId(String email) {
        return jdbc.sql("SELECT id FROM staff_accounts WHERE email = ?").param(email).query(String.class).single();
    }

    private String roleOf(Fixtures.TestWorkspace w, String accountId) {
        return jdbc.sql("SELECT role FROM memberships WHERE workspace_id = ? AND account_id = ?")
                .params(w.id(), java.util.UUID.fromString(accountId)).query(String.class).single();
    }
}
