package org.convoca.workspace.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    /** A workspace's staff member as the staff page lists them. */
    public record Member(UUID accountId, String email, String name, Role role, Instant joinedAt) {
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
                .query(StaffAccounts::account).optional();
    }

    public Optional<StaffAccount> findById(UUID id) {
        return jdbc.sql("SELECT * FROM staff_accounts WHERE id = ?").param(id).query(StaffAccounts::account)
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
                .query(StaffAccounts::membership)
                .list();
    }

    /** The account's membership in one workspace, read afresh: roles and names can change during a session. */
    public Optional<Membership> membership(UUID accountId, UUID workspaceId) {
        return jdbc.sql("""
                SELECT w.id, w.slug, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
                WHERE m.account_id = ? AND m.workspace_id = ?""")
                .params(accountId, workspaceId)
                .query(StaffAccounts::membership)
                .optional();
    }

    public List<Member> members(UUID workspaceId) {
        return jdbc.sql("""
                SELECT a.id, a.email, a.display_name, m.role, m.created_at FROM memberships m
                JOIN staff_accounts a ON a.id = m.account_id WHERE m.workspace_id = ? ORDER BY a.display_name, a.email""")
                .param(workspaceId)
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), Role.parse(rs.getString("role")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void changeRole(UUID workspaceId, UUID accountId, Role role) {
        jdbc.sql("UPDATE memberships SET role = ? WHERE workspace_id = ? AND account_id = ?")
                .params(role.name(), workspaceId, accountId).update();
    }

    void removeMembership(UUID workspaceId, UUID accountId) {
        jdbc.sql("DELETE FROM memberships WHERE workspace_id = ? AND account_id = ?").params(workspaceId, accountId)
                .update();
    }

    /** Counts the owners while holding the workspace's row, so two owners cannot step down at the same moment. */
    long lockAndCountOwners(UUID workspaceId) {
        jdbc.sql("SELECT id FROM workspaces WHERE id = ? FOR UPDATE").param(workspaceId).query(UUID.class).list();
        return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE workspace_id = ? AND role = 'OWNER'")
                .param(workspaceId).query(Long.class).single();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getString("language"));
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
                Role.parse(rs.getString("role")));
    }
}
