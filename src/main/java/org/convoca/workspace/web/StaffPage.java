package org.convoca.workspace.web;

import java.util.List;
import org.convoca.workspace.Role;
import org.convoca.workspace.staff.Invitation;
import org.convoca.workspace.staff.StaffAccounts;
import org.convoca.workspace.staff.Team;

/** What the staff page shows: members, open invitations, and what the viewer may change. */
public record StaffPage(List<StaffAccounts.Member> members, List<Invitation> invitations, Role viewerRole,
        Formats formats, String error, String notice, String email, String role) {

    public List<Role> grantable() {
        return Team.grantableBy(viewerRole);
    }

    public boolean mayManage(StaffAccounts.Member member) {
        return Team.mayManage(viewerRole, member.role());
    }
}
