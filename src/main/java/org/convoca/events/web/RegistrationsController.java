package org.convoca.events.web;

import java.util.List;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.Registrant;
import org.convoca.events.Registrations;
import org.convoca.workspace.Staff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff list of an event's registrations, wait list and cancellations, in the order people came. */
@Controller
class RegistrationsController {

    static final int PAGE = 50;

    private final Registrations registrations;
    private final StaffEvents context;

    RegistrationsController(Registrations registrations, StaffEvents context) {
        this.registrations = registrations;
        this.context = context;
    }

    @GetMapping("/admin/events/{id}/registrations")
    String list(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") String page, Model model) {
        Event e = context.find(staff, id);
        long n = StaffEvents.pageNumber(page);
        List<Registrant> found = registrations.page(staff.workspaceId(), e.id(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("event", e);
        model.addAttribute("registrants", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        return "events/registrations";
    }
}
