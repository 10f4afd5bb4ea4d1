package org.convoca.people;

import java.util.UUID;

/**
 * Published inside the merge's transaction, so that a module keeping its own rows about people (signatures,
 * registrations) moves them to the kept person before the removed one is gone.
 */
public record PeopleMerged(UUID workspaceId, UUID keptId, UUID removedId) {
}
