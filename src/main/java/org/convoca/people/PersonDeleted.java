package org.convoca.people;

import java.util.UUID;

/**
 * Published inside the transaction that deletes a person (also when a merge removes one), before the row is gone,
 * so that a module keeping rows about people without a foreign key to them deletes those rows too.
 */
public record PersonDeleted(UUID workspaceId, UUID personId) {
}
