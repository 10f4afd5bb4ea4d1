package org.convoca.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own data: translated texts, the CSRF token and who is
 * signed in. Handed to every template as {@code ui}.
 */
public record Ui(MessageSource messages, Locale locale, String csrfParameter, String csrfHeader, String csrfToken,
        SignedIn signedIn, String path) {

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
