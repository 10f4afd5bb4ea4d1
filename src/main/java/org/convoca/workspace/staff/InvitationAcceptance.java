package org.convoca.workspace.staff;

import java.util.Optional;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation: a newcomer makes their account with it; someone who has an account already signs in
 * as that account first, so that an invitation never joins the wrong person.
 */
@Service
public class InvitationAcceptance {

    /** What the invitation page shows about a usable invitation. */
    public record Offer(String email, Role role, String workspaceName, boolean accountExists) {
    }

    private final Invitations invitations;
    private final StaffAccounts accounts;
    private final Workspaces workspaces;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    InvitationAcceptance(Invitations invitations, StaffAccounts accounts, Workspaces workspaces,
            PasswordEncoder passwords, AuditLog audit) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Optional<Offer> offer(String token) {
        return invitations.findUsable(token).map(i -> new Offer(i.email(), i.role(),
                workspaces.findById(i.workspaceId()).map(Workspace::name).orElse(""),
                accounts.findByEmail(i.email()).isPresent()));
    }

    /** Creates the invited person's account and membership; the caller has checked the name and password. */
    @Transactional
    public Staff acceptAsNewcomer(String token, NewcomerForm form, String language) {
        Invitation invitation = claim(token);
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new StaffRuleException(409, "staff.invitation.account-exists");
        }
        StaffAccount account = accounts.create(invitation.email(), form.name(), passwords.encode(form.password()),
                language);
        return join(invitation, account);
    }

    @Transactional
    public Staff acceptAs(String token, Staff signedIn) {
        Invitation invitation = invitations.findUsable(token)
                .orElseThrow(() -> new StaffRuleException(410, "staff.invitation.gone"));
        if (!invitation.email().equals(signedIn.email())) {
            throw new StaffRuleException(403, "staff.invitation.other-account");
        }
        if (accounts.membership(signedIn.accountId(), invitation.workspaceId()).isPresent()) {
            throw new StaffRuleException(409, "staff.error.already-member");
        }
        claim(token);
        return join(invitation, accounts.findById(signedIn.accountId()).orElseThrow());
    }

    private Invitation claim(String token) {
        Invitation invitation = invitations.findUsable(token)
                .orElseThrow(() -> new StaffRuleException(410, "staff.invitation.gone"));
        if (!invitations.markAccepted(invitation.id())) {
            throw new StaffRuleException(410, "staff.invitation.gone");
        }
        return invitation;
    }

    private Staff join(Invitation invitation, StaffAccount account) {
        Workspace w = workspaces.findById(invitation.workspaceId()).orElseThrow();
        accounts.addMembership(w.id(), account.id(), invitation.role());
        audit.record(w.id(), account.id(), account.email(), "staff.join",
                "accepted an invitation as " + invitation.role().name().toLowerCase(java.util.Locale.ROOT), null);
        return new Staff(account.id(), account.email(), account.displayName(), w.id(), w.slug(), w.name(),
                invitation.role(), account.language());
    }
}
