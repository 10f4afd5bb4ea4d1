package org.convoca.workspace.web;

import java.util.List;
import java.util.Locale;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, for owners. */
@Controller
@PreAuthorize("hasRole('OWNER')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final Workspaces workspaces;

    AuditController(AuditLog audit, Workspaces workspaces) {
        this.audit = audit;
        this.workspaces = workspaces;
    }

    @GetMapping("/admin/audit")
    String page(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        int p = Math.clamp(page, 0, 100_000);
        List<AuditLog.Entry> entries = audit.recent(staff.workspaceId(), p * PAGE_SIZE, PAGE_SIZE + 1);
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("formats", Formats.of(zone, locale));
        return "workspace/audit";
    }
}
