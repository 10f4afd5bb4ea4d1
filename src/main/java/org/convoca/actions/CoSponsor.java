package org.convoca.actions;

import java.util.UUID;

/** A partner workspace co-sponsoring a petition, and how many signers opted in to hear from it. */
public record CoSponsor(UUID workspaceId, String slug, String name, long optIns) {
}
