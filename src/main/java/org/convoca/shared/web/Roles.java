package org.convoca.shared.web;

/** Orders staff roles so that a page can show only what the viewer may do. */
final class Roles {

    private Roles() {
    }

    static int rank(String role) {
        return switch (role == null ? "" : role.toUpperCase()) {
            case "OWNER" -> 4;
            case "ADMIN" -> 3;
            case "ORGANIZER" -> 2;
            case "VIEWER" -> 1;
            default -> 0;
        };
    }
}
