package org.convoca.workspace.setup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.convoca.workspace.security.StaffAuthentications;
import org.convoca.workspace.staff.StaffAccount;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first workspace and its owner in one transaction, and signs the owner in. */
@Service
class Setup {

    private final Workspaces workspaces;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    Setup(Workspaces workspaces, StaffAccounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    void create(SetupForm form, HttpServletRequest request, HttpServletResponse response) {
        Workspace workspace = workspaces.create(form.slugOrDerived(), form.organization());
        String language = request.getLocale() != null && "es".equals(request.getLocale().getLanguage()) ? "es" : "en";
        StaffAccount owner = accounts.create(form.email(), form.name(), passwords.encode(form.password()), language);
        accounts.addMembership(workspace.id(), owner.id(), Role.OWNER);
        audit.record(workspace.id(), owner.id(), owner.email(), "workspace.setup", workspace.name(),
                request.getRemoteAddr());
        StaffAuthentications.signIn(new Staff(owner.id(), owner.email(), owner.displayName(), workspace.id(),
                workspace.slug(), workspace.name(), Role.OWNER, language), request, response);
    }
}
