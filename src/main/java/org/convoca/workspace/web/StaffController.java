package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.convoca.mail.MailDeliveryException;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.convoca.workspace.staff.StaffRuleException;
import org.convoca.workspace.staff.Team;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff page: members and their roles, inviting by email, changing roles and removing members. */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasRole('ADMIN')")
class StaffController {

    private final Team team;
    private final Workspaces workspaces;

    StaffController(Team team, Workspaces workspaces) {
        this.team = team;
        this.workspaces = workspaces;
    }

    @GetMapping
    String page(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) String done, Model model,
            Locale locale) {
        String notice = done == null ? null : switch (done) {
            case "invited" -> "staff.notice.invited";
            case "role" -> "staff.notice.role";
            case "removed" -> "staff.notice.removed";
            default -> null;
        };
        return show(staff, model, locale, null, notice, "", "VIEWER");
    }

    @PostMapping("/invitations")
    String invite(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role, Model model, Locale locale, HttpServletResponse response) {
        try {
            team.invite(staff, email, role);
            return "redirect:/admin/staff?done=invited";
        } catch (StaffRuleException e) {
            response.setStatus(e.status());
            return show(staff, model, locale, e.messageKey(), null, clip(email), clip(role));
        } catch (MailDeliveryException e) {
            response.setStatus(502);
            return show(staff, model, locale, "staff.error.mail", null, clip(email), clip(role));
        }
    }

    @PostMapping("/{accountId}/role")
    String changeRole(@AuthenticationPrincipal Staff staff, @PathVariable UUID accountId,
            @RequestParam(defaultValue = "") String role, Model model, Locale locale, HttpServletResponse response) {
        try {
            team.changeRole(staff, accountId, role);
            return accountId.equals(staff.accountId()) ? "redirect:/admin" : "redirect:/admin/staff?done=role";
        } catch (StaffRuleException e) {
            response.setStatus(e.status());
            return show(staff, model, locale, e.messageKey(), null, "", "VIEWER");
        }
    }

    @PostMapping("/{accountId}/remove")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable UUID accountId, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            team.remove(staff, accountId);
            return accountId.equals(staff.accountId()) ? "redirect:/signin" : "redirect:/admin/staff?done=removed";
        } catch (StaffRuleException e) {
            response.setStatus(e.status());
            return show(staff, model, locale, e.messageKey(), null, "", "VIEWER");
        }
    }

    private String show(Staff staff, Model model, Locale locale, String error, String notice, String email,
            String role) {
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        model.addAttribute("p", new StaffPage(team.members(staff.workspaceId()),
                team.pendingInvitations(staff.workspaceId()), staff.role(), Formats.of(zone, locale), error, notice,
                email, role));
        return "workspace/staff";
    }

    private static String clip(String s) {
        return s.length() > 320 ? s.substring(0, 320) : s;
    }
}
