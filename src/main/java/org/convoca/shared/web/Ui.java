package org.convoca.shared.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own data: translated texts, the CSRF token and who is
 * signed in. Handed to every template as {@code ui}. The token is made only when asked for, since making it
 * starts a session, and most requests (a health check, a redirect, a JSON answer) render no form.
 */
public record Ui(MessageSource messages, Locale locale, String csrfParameter, String csrfHeader,
        Supplier<String> csrfTokens, SignedIn signedIn, String path) {

    /** For pages whose forms carry no CSRF token, or whose token is already known. */
    public Ui(MessageSource messages, Locale locale, String csrfParameter, String csrfHeader, String csrfToken,
            SignedIn signedIn, String path) {
        this(messages, locale, csrfParameter, csrfHeader, () -> csrfToken, signedIn, path);
    }

    /** The signed-in staff member and the workspace they are working in, for the page chrome. */
    public record SignedIn(String name, String email, String role, String workspaceName, String workspaceSlug,
            java.util.List<WorkspaceChoice> otherWorkspaces) {

        public SignedIn(String name, String email, String role, String workspaceName, String workspaceSlug) {
            this(name, email, role, workspaceName, workspaceSlug, java.util.List.of());
        }
    }

    /** Another workspace the signed-in staff member belongs to, for the switcher in the header. */
    public record WorkspaceChoice(String slug, String name) {
    }

    public String csrfToken() {
        return csrfTokens.get();
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String language() {
        return locale.getLanguage();
    }

    public boolean isSignedIn() {
        return signedIn != null;
    }

    public boolean can(String role) {
        return signedIn != null && Roles.rank(signedIn.role()) >= Roles.rank(role);
    }
}
