package org.convoca.workspace;

/** What a staff member may do in a workspace; each role includes everything the roles below it may do. */
public enum Role {
    OWNER, ADMIN, ORGANIZER, VIEWER;

    public static Role parse(String text) {
        try {
            return text == null ? null : valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
