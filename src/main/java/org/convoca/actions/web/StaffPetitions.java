package org.convoca.actions.web;

import java.util.UUID;
import org.convoca.actions.Petition;
import org.convoca.actions.Petitions;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the staff petition pages share: finding a petition of the signed-in workspace, and what every action's pages
 * do.
 */
@Component
class StaffPetitions extends StaffPages {

    private final Petitions petitions;

    StaffPetitions(Petitions petitions, Workspaces workspaces, MessageSource messages) {
        super(workspaces, messages, "actions");
        this.petitions = petitions;
    }

    /** Another workspace's petition and a made-up id get the same answer: nothing here. */
    Petition find(Staff staff, UUID id) {
        return petitions.find(staff.workspaceId(), id).orElseThrow(StaffPetitions::notFound);
    }
}
