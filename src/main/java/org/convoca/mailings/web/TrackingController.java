package org.convoca.mailings.web;

import java.util.Locale;
import org.convoca.mailings.Tracking;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's choice to track opens and clicks in its newsletters, with what it means for supporters. */
@Controller
class TrackingController {

    private final Tracking tracking;
    private final MailingPages pages;

    TrackingController(Tracking tracking, MailingPages pages) {
        this.tracking = tracking;
        this.pages = pages;
    }

    @GetMapping("/admin/mailings/tracking")
    String show(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("on", tracking.on(staff.workspaceId()));
        return "mailings/tracking";
    }

    /** Only "on" turns it on: anything else, or nothing, leaves it off. */
    @PostMapping("/admin/mailings/tracking")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String track, Locale locale,
            RedirectAttributes redirect) {
        boolean on = track.equals("on");
        tracking.set(staff, on);
        redirect.addFlashAttribute("notice", pages.t(locale, on ? "mailings.tracking.saved-on"
                : "mailings.tracking.saved-off"));
        return "redirect:/admin/mailings/tracking";
    }
}
