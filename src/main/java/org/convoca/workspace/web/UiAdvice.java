package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.convoca.shared.web.Ui;
import org.convoca.workspace.Staff;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@code ui}: texts in the viewer's language, the CSRF token, who is signed in. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final StaffAccounts accounts;

    UiAdvice(MessageSource messages, StaffAccounts accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, Locale locale, @AuthenticationPrincipal Staff staff) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Ui.SignedIn signedIn = staff == null ? null
                : new Ui.SignedIn(staff.name(), staff.email(), staff.role().name(), staff.workspaceName(),
                        staff.workspaceSlug(), accounts.memberships(staff.accountId()).stream()
                                .filter(m -> !m.workspaceId().equals(staff.workspaceId()))
                                .map(m -> new Ui.WorkspaceChoice(m.workspaceSlug(), m.workspaceName())).toList());
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        // Nothing is asked of the token here, not even its parameter name: making it starts a session. A page that
        // renders has it made first (TokenBeforeRendering); a health check or a JSON answer never does.
        return new Ui(messages, locale, "_csrf", "X-CSRF-TOKEN", csrf == null ? () -> "" : csrf::getToken, signedIn,
                path);
    }
}
