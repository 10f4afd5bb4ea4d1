package org.convoca.workspace.staff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.convoca.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and their memberships in workspaces. */
@Repository
public class StaffAccounts {

    /** A workspace an account belongs to, with its role there. */
    public record Membership(UUID workspaceId, String workspaceSlug, String workspaceName, Role role) {
    }

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<StaffAccount> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM staff_accounts WHERE email = ?").param(normalizeEmail(email))
                .query((rs, n) -> new StaffAccount(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("password_hash"), rs.getString("language")))
                .optional();
    }

    public StaffAccount create(String email, String displayName, String passwordHash, String language) {
        StaffAccount account = new StaffAccount(Ids.newId(), normalizeEmail(email), displayName, passwordHash,
                language);
        jdbc.sql("""
                INSERT INTO staff_accounts (id, email, display_name, password_hash, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.email(), displayName, passwordHash, language,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return account;
    }

    public void changePassword(UUID accountId, String passwordHash) {
        jdbc.sql("UPDATE staff_accounts SET password_hash = ? WHERE id = ?").params(passwordHash, accountId).update();
    }

    public void changeLanguage(UUID accountId, String language) {
        jdbc.sql("UPDATE staff_accounts SET language = ? WHERE id = ?").params(language, accountId).update();
    }

    public void addMembership(UUID workspaceId, UUID accountId, Role role) {
        jdbc.sql("INSERT INTO memberships (workspace_id, account_id, role, created_at) VALUES (?, ?, ?, ?)")
                .params(workspaceId, accountId, role.name(), OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public List<Membership> memberships(UUID accountId) {
        return jdbc.sql("""
                SELECT w.id, w.slug, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
                WHERE m.account_id = ? ORDER BY m.created_at, w.name""")
                .param(accountId)
                .query((rs, n) -> new Membership(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("name"), Role.parse(rs.getString("role"))))
                .list();
    }
}
