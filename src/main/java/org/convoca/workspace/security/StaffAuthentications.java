package org.convoca.workspace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.convoca.workspace.Staff;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Builds a signed-in session for a staff member, at sign-in and whenever their workspace or language changes. */
public final class StaffAuthentications {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private StaffAuthentications() {
    }

    public static Authentication of(Staff staff) {
        return UsernamePasswordAuthenticationToken.authenticated(staff, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + staff.role().name())));
    }

    /** Replaces the signed-in principal, for example after choosing another workspace. */
    public static void signIn(Staff staff, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(of(staff));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
