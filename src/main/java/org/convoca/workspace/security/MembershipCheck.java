package org.convoca.workspace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.convoca.workspace.Staff;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in member's role and workspace afresh on every page request, so that a member who was
 * removed loses access at once, a changed role applies at once, and a renamed workspace shows its new name.
 */
class MembershipCheck extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    MembershipCheck(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Staff staff) {
            var membership = accounts.membership(staff.accountId(), staff.workspaceId()).orElse(null);
            if (membership == null) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (membership.role() != staff.role() || !membership.workspaceName().equals(staff.workspaceName())
                    || !membership.workspaceSlug().equals(staff.workspaceSlug())) {
                StaffAuthentications.signIn(staff.in(membership.workspaceId(), membership.workspaceSlug(),
                        membership.workspaceName(), membership.role()), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
