package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convoca.workspace.Staff;
import org.convoca.workspace.security.StaffAuthentications;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The workspace switcher in the header: work in another workspace this account belongs to. */
@Controller
class WorkspaceSwitchController {

    private final StaffAccounts accounts;

    WorkspaceSwitchController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/admin/workspace")
    String switchTo(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String slug,
            HttpServletRequest request, HttpServletResponse response) {
        var membership = accounts.memberships(staff.accountId()).stream()
                .filter(m -> m.workspaceSlug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StaffAuthentications.signIn(staff.in(membership.workspaceId(), membership.workspaceSlug(),
                membership.workspaceName(), membership.role()), request, response);
        return "redirect:/admin";
    }
}
