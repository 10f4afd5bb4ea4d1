package org.convoca.workspace.staff;

import java.util.UUID;

/** A staff member's sign-in identity; the password hash never leaves this module. */
public record StaffAccount(UUID id, String email, String displayName, String passwordHash, String language) {
}
