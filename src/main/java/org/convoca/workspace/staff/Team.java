package org.convoca.workspace.staff;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.mail.Mailer;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's staff: who is in it with which role, and inviting, re-roling and removing them, by the rules of
 * {@link RoleRules} and never leaving the workspace without an owner. Every change goes to the audit log.
 */
@Service
public class Team {

    private final StaffAccounts accounts;
    private final Invitations invitations;
    private final Workspaces workspaces;
    private final StaffEmails emails;
    private final Mailer mailer;
    private final Links links;
    private final AuditLog audit;

    Team(StaffAccounts accounts, Invitations invitations, Workspaces workspaces, StaffEmails emails, Mailer mailer,
            Links links, AuditLog audit) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.emails = emails;
        this.mailer = mailer;
        this.links = links;
        this.audit = audit;
    }

    public List<StaffAccounts.Member> members(UUID workspaceId) {
        return accounts.members(workspaceId);
    }

    public List<Invitation> pendingInvitations(UUID workspaceId) {
        return invitations.pending(workspaceId);
    }

    /** The roles this person may hand out, highest first. */
    public static List<Role> grantableBy(Role actor) {
        return java.util.Arrays.stream(Role.values()).filter(r -> RoleRules.mayGrant(actor, r)).toList();
    }

    /** Whether this person may change the role of, or remove, a member who has role {@code target}. */
    public static boolean mayManage(Role actor, Role target) {
        return RoleRules.mayManage(actor, target);
    }

    @Transactional
    public void invite(Staff actor, String rawEmail, String rawRole) {
        Role role = Role.parse(rawRole);
        String email = StaffAccounts.normalizeEmail(rawEmail);
        if (!Emails.isPlausible(email)) {
            throw new StaffRuleException(422, "staff.error.email");
        }
        if (role == null) {
            throw new StaffRuleException(422, "staff.error.role");
        }
        if (!RoleRules.mayGrant(actor.role(), role)) {
            throw new StaffRuleException(403, "staff.error.grant");
        }
        StaffAccount existing = accounts.findByEmail(email).orElse(null);
        if (existing != null && accounts.membership(existing.id(), actor.workspaceId()).isPresent()) {
            throw new StaffRuleException(409, "staff.error.already-member");
        }
        Workspace w = workspaces.findById(actor.workspaceId()).orElseThrow();
        String token = invitations.create(w.id(), email, role, actor.accountId());
        String language = existing != null && existing.language() != null ? existing.language()
                : w.defaultLanguage();
        mailer.send(emails.invitation(w, actor.name(), actor.accountId(), email, role,
                links.to("/invitations/" + token), Locale.forLanguageTag(language)));
        audit.record(actor, "staff.invite", email + " as " + role.name().toLowerCase(Locale.ROOT));
    }

    @Transactional
    public void changeRole(Staff actor, UUID accountId, String rawRole) {
        Role role = Role.parse(rawRole);
        if (role == null) {
            throw new StaffRuleException(422, "staff.error.role");
        }
        Role current = currentRole(actor, accountId);
        if (!RoleRules.mayManage(actor.role(), current) || !RoleRules.mayGrant(actor.role(), role)) {
            throw new StaffRuleException(403, "staff.error.grant");
        }
        if (current == role) {
            return;
        }
        keepAnOwner(actor.workspaceId(), current);
        accounts.changeRole(actor.workspaceId(), accountId, role);
        audit.record(actor, "staff.role", emailOf(accountId) + ": " + current.name().toLowerCase(Locale.ROOT)
                + " → " + role.name().toLowerCase(Locale.ROOT));
    }

    @Transactional
    public void remove(Staff actor, UUID accountId) {
        Role current = currentRole(actor, accountId);
        if (!RoleRules.mayManage(actor.role(), current)) {
            throw new StaffRuleException(403, "staff.error.grant");
        }
        keepAnOwner(actor.workspaceId(), current);
        accounts.removeMembership(actor.workspaceId(), accountId);
        audit.record(actor, "staff.remove", emailOf(accountId) + " (" + current.name().toLowerCase(Locale.ROOT)
                + ")");
    }

    private Role currentRole(Staff actor, UUID accountId) {
        return accounts.membership(accountId, actor.workspaceId()).map(StaffAccounts.Membership::role)
                .orElseThrow(() -> new StaffRuleException(404, "staff.error.not-member"));
    }

    private void keepAnOwner(UUID workspaceId, Role current) {
        if (current == Role.OWNER && accounts.lockAndCountOwners(workspaceId) <= 1) {
            throw new StaffRuleException(409, "staff.error.last-owner");
        }
    }

    private String emailOf(UUID accountId) {
        return accounts.findById(accountId).map(StaffAccount::email).orElse(accountId.toString());
    }
}
