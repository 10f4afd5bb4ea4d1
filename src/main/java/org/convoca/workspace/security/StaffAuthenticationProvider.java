package org.convoca.workspace.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.staff.PasswordResets;
import org.convoca.workspace.staff.StaffAccount;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password, refuses after too many recent failures, and records every attempt in the
 * audit log. A signed-in staff member starts in the first workspace they belong to.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final int MAX_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    // Compared against when the account does not exist, so that both answers take as long.
    private final String absentHash;

    StaffAuthenticationProvider(StaffAccounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.absentHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = StaffAccounts.normalizeEmail(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        if (email.isEmpty() || email.length() > 320 || password.length() > 1000) {
            throw new BadCredentialsException("bad credentials");
        }
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (audit.count(email, "sign-in.failed", failuresSince(email)) >= MAX_FAILURES) {
            audit.record(null, null, email, "sign-in.locked", "too many failed attempts", ip);
            throw new LockedException("too many failed attempts");
        }
        StaffAccount account = accounts.findByEmail(email).orElse(null);
        boolean matches = passwords.matches(password, account == null ? absentHash : account.passwordHash());
        List<StaffAccounts.Membership> memberships = account == null ? List.of() : accounts.memberships(account.id());
        if (!matches || memberships.isEmpty()) {
            audit.record(null, account == null ? null : account.id(), email, "sign-in.failed", "", ip);
            throw new BadCredentialsException("bad credentials");
        }
        StaffAccounts.Membership first = memberships.getFirst();
        Staff staff = new Staff(account.id(), account.email(), account.displayName(), first.workspaceId(),
                first.workspaceSlug(), first.workspaceName(), first.role(), account.language());
        audit.record(first.workspaceId(), account.id(), account.email(), "sign-in", "", ip);
        return StaffAuthentications.of(staff);
    }

    // A password reset proves who is asking, so the failures before it no longer lock the account.
    private Instant failuresSince(String email) {
        Instant windowStart = Instant.now().minus(FAILURE_WINDOW);
        return audit.latest(email, PasswordResets.DONE).filter(reset -> reset.isAfter(windowStart))
                .orElse(windowStart);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
