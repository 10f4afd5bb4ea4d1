package org.convoca.workspace;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * The signed-in staff member, as controllers receive it with {@code @AuthenticationPrincipal}: who they
 * are and the workspace they are working in, with their role there.
 */
public record Staff(UUID accountId, String email, String name, UUID workspaceId, String workspaceSlug,
        String workspaceName, Role role, String language) implements Principal, Serializable {

    /** Sessions are indexed by this, so all of an account's sessions can be found and ended. */
    @Override
    public String getName() {
        return accountId.toString();
    }

    public Staff withLanguage(String newLanguage) {
        return new Staff(accountId, email, name, workspaceId, workspaceSlug, workspaceName, role, newLanguage);
    }

    /** The same person working in another workspace, or in this one with a changed role or name. */
    public Staff in(UUID otherWorkspaceId, String otherSlug, String otherName, Role otherRole) {
        return new Staff(accountId, email, name, otherWorkspaceId, otherSlug, otherName, otherRole, language);
    }
}
