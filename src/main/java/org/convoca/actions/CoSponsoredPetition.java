package org.convoca.actions;

import java.util.UUID;

/**
 * A petition of another workspace that this one co-sponsors, as its staff see it: the title, who runs it, its
 * total count and how many signers opted in to this workspace. Nothing about anyone who did not opt in.
 */
public record CoSponsoredPetition(UUID petitionId, String title, String ownerName, String ownerSlug, String slug,
        PetitionStatus status, long signatures, long optIns) {
}
