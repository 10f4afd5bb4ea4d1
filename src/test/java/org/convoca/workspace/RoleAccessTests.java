package org.convoca.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every staff page and action of the workspace module, tried as each role: allowed, or 403. */
@ConvocaTest
class RoleAccessTests {

    /** A page or action and the lowest role that may use it; posts send fields that change nothing. */
    record Endpoint(String method, String path, Role lowest, Map<String, String> fields) {
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
    void eachRoleReachesExactlyThePagesAndActionsItsRankAllows() {
        var w = fixtures.workspace("Roles");
        String nobody = UUID.randomUUID().toString();
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/admin", Role.VIEWER, Map.of()),
                new Endpoint("GET", "/admin/mailbox", Role.VIEWER, Map.of()),
                new Endpoint("GET", "/admin/staff", Role.ADMIN, Map.of()),
                new Endpoint("GET", "/admin/settings", Role.ADMIN, Map.of()),
                new Endpoint("GET", "/admin/audit", Role.OWNER, Map.of()),
                new Endpoint("POST", "/admin/workspace", Role.VIEWER, Map.of("slug", w.workspace().slug())),
                new Endpoint("POST", "/admin/staff/invitations", Role.ADMIN, Map.of("email", "")),
                new Endpoint("POST", "/admin/staff/" + nobody + "/role", Role.ADMIN, Map.of("role", "VIEWER")),
                new Endpoint("POST", "/admin/staff/" + nobody + "/remove", Role.ADMIN, Map.of()),
                new Endpoint("POST", "/admin/settings", Role.ADMIN, Map.of("name", "")),
                new Endpoint("POST", "/admin/settings/api-keys", Role.ADMIN, Map.of("name", "")),
                new Endpoint("POST", "/admin/settings/api-keys/" + nobody + "/revoke", Role.ADMIN, Map.of()));

        Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            sessions.put(role, fixtures.signIn(new WebSession(port), w, role));
        }
        for (Role role : Role.values()) {
            WebSession session = sessions.get(role);
            for (Endpoint e : endpoints) {
                WebSession.Page page = e.method().equals("GET") ? session.get(e.path())
                        : session.post("/admin", e.path(), e.fields());
                boolean allowed = role.compareTo(e.lowest()) <= 0;
                String what = role + " " + e.method() + " " + e.path();
                if (allowed) {
                    assertThat(page.status()).as(what).isNotEqualTo(403).isLessThan(500);
                    if (e.method().equals("GET")) {
                        assertThat(page.status()).as(what).isEqualTo(200);
                    }
                } else {
                    assertThat(page.status()).as(what).isEqualTo(403);
                }
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_keys WHERE workspace_id = ?").param(w.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void everyRoleReadsAMessageAddressedToItAndTheHtmlOnlyThroughTheSandbox() {
        var w = fixtures.workspace("Roles mailbox");
        for (Role role : Role.values()) {
            mailer.send(OutgoingEmail.text(w.email(role), "For " + role, "Hello").withHtml("<p>Hello</p>")
                    .sentFor(w.id(), null));
            WebSession session = fixtures.signIn(new WebSession(port), w, role);
            String id = jdbc.sql("SELECT id FROM mailbox WHERE recipient = ?").param(w.email(role))
                    .query(String.class).single();
            assertThat(session.get("/admin/mailbox/" + id).status()).as(role.name()).isEqualTo(200);
            assertThat(session.get("/admin/mailbox/" + id + "/html").status()).as(role.name()).isEqualTo(200);
        }
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndCannotPost() {
        WebSession stranger = new WebSession(port);
        for (String path : List.of("/admin/mailbox", "/admin/staff", "/admin/settings", "/admin/audit")) {
            assertThat(stranger.get(path).url()).as(path).endsWith("/signin");
        }
        assertThat(stranger.post("/signin", "/admin/settings/api-keys", Map.of("name", "sneaky")).url())
                .endsWith("/signin");
        assertThat(stranger.postRaw("/admin/staff/invitations", Map.of("email", "x@example.org")).status())
                .isEqualTo(403);
    }
}
