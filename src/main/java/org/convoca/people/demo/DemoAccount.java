package org.convoca.people.demo;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo's owner account. The workspace module offers account creation only through its setup page, so the
 * demo writes the two rows itself, hashed with the application's own password encoder.
 */
@Component
class DemoAccount {

    static final String EMAIL = "demo-owner@example.org";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();

    DemoAccount(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    Optional<UUID> find() {
        return jdbc.sql("SELECT id FROM staff_accounts WHERE email = ?").param(EMAIL).query(UUID.class).optional();
    }

    /** Creates the owner of the workspace and returns the password, which is shown once. */
    String createOwner(UUID workspaceId) {
        String password = newPassword();
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO staff_accounts (id, email, display_name, password_hash, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, EMAIL, "Demo Owner", passwords.encode(password), "es", now).update();
        jdbc.sql("INSERT INTO memberships (workspace_id, account_id, role, created_at) VALUES (?, ?, 'OWNER', ?)")
                .params(workspaceId, id, now).update();
        return password;
    }

    String resetPassword(UUID accountId) {
        String password = newPassword();
        jdbc.sql("UPDATE staff_accounts SET password_hash = ? WHERE id = ?")
                .params(passwords.encode(password), accountId).update();
        return password;
    }

    private String newPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
