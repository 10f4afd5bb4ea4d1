package org.convoca.workspace.staff;

import java.time.Instant;
import java.util.UUID;
import org.convoca.workspace.Role;

/** An invitation to join a workspace with a role, waiting to be accepted. */
public record Invitation(UUID id, UUID workspaceId, String email, Role role, Instant createdAt, Instant expiresAt) {
}
