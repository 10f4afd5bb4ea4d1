package org.convoca.workspace.web;

import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page. */
@Controller
class DashboardController {

    private final Workspaces workspaces;

    DashboardController(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/admin")
    String dashboard(@AuthenticationPrincipal Staff staff, Model model) {
        // Every email must carry the sender's postal address, so its absence is worth a warning on every visit.
        model.addAttribute("missingPostalAddress", workspaces.findById(staff.workspaceId())
                .map(w -> w.postalAddress().isBlank()).orElse(false));
        return "workspace/dashboard";
    }
}
