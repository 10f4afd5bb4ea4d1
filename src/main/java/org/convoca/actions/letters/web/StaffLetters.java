package org.convoca.actions.letters.web;

import java.util.UUID;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.web.StaffPages;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the staff letter pages share: finding a campaign of the signed-in workspace, and what every action's pages
 * do.
 */
@Component
class StaffLetters extends StaffPages {

    private final LetterCampaigns campaigns;

    StaffLetters(LetterCampaigns campaigns, Workspaces workspaces, MessageSource messages) {
        super(workspaces, messages, "letters");
        this.campaigns = campaigns;
    }

    LetterCampaign find(Staff staff, UUID id) {
        return campaigns.find(staff.workspaceId(), id).orElseThrow(StaffLetters::notFound);
    }
}
