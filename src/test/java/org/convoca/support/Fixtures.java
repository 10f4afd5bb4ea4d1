package org.convoca.support;

import java.util.Map;
import java.util.UUID;
import org.convoca.workspace.Role;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Makes what a test needs through the application's own services: a workspace of its own, staff to sign in. */
@Component
public class Fixtures {

    public static final String PASSWORD = "a long test password";

    /** A workspace made for one test, with one staff account of each role. */
    public record TestWorkspace(Workspace workspace, Map<Role, String> staffEmails) {
        public UUID id() {
            return workspace.id();
        }

        public String email(Role role) {
            return staffEmails.get(role);
        }
    }

    private final Workspaces workspaces;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private String passwordHash;

    Fixtures(Workspaces workspaces, StaffAccounts accounts, PasswordEncoder passwords) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public TestWorkspace workspace(String name) {
        if (passwordHash == null) {
            passwordHash = passwords.encode(PASSWORD);
        }
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Workspace w = workspaces.create(slug, name);
        Map<Role, String> emails = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase() + "-" + slug + "@example.org";
            var account = accounts.create(email, role.name().charAt(0) + role.name().substring(1).toLowerCase()
                    + " Tester", passwordHash, "en");
            accounts.addMembership(w.id(), account.id(), role);
            emails.put(role, email);
        }
        return new TestWorkspace(w, emails);
    }

    /** Signs the browser session in as the workspace's staff member with this role. */
    public WebSession signIn(WebSession browser, TestWorkspace w, Role role) {
        WebSession.Page page = browser.post("/signin", "/signin",
                Map.of("email", w.email(role), "password", PASSWORD));
        if (!page.url().endsWith("/admin")) {
            throw new IllegalStateException("Sign-in failed: " + page.url());
        }
        return browser;
    }
}
