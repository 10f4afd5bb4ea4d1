package org.convoca.events.campaign;

import java.util.UUID;
import org.convoca.events.EventLimits;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The campaign owner's organizers approve or decline the events supporters offered to host, and send a host who
 * lost their link a new one.
 */
@Controller
class ReviewController {

    private final Campaigns campaigns;
    private final Reviewing reviewing;
    private final AuditLog audit;

    ReviewController(Campaigns campaigns, Reviewing reviewing, AuditLog audit) {
        this.campaigns = campaigns;
        this.reviewing = reviewing;
        this.audit = audit;
    }

    @PostMapping("/admin/event-campaigns/{id}/offers/{eventId}/approve")
    @PreAuthorize("hasRole('ORGANIZER')")
    String approve(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID eventId) {
        Campaign c = owned(staff, id);
        if (!reviewing.approve(c, eventId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(staff, "events.campaign.approve-offer", eventId + " in campaign " + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @PostMapping("/admin/event-campaigns/{id}/offers/{eventId}/decline")
    @PreAuthorize("hasRole('ORGANIZER')")
    String decline(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID eventId,
            @RequestParam(defaultValue = "") String reason) {
        Campaign c = owned(staff, id);
        if (!reviewing.decline(c, eventId, cut(EventLimits.cleanBlock(reason)))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(staff, "events.campaign.decline-offer", eventId + " in campaign " + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @PostMapping("/admin/event-campaigns/{id}/offers/{eventId}/new-link")
    @PreAuthorize("hasRole('ORGANIZER')")
    String newLink(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID eventId,
            @RequestParam(defaultValue = "") String back) {
        Campaign c = owned(staff, id);
        if (!reviewing.newLink(c, eventId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(staff, "events.campaign.new-host-link", eventId + " in campaign " + c.id());
        return "event".equals(back) ? "redirect:/admin/events/" + eventId + "?done=link-sent"
                : "redirect:/admin/event-campaigns/" + c.id() + "?done=link-sent#joined";
    }

    /** The reason, at most as long as its column, never cut between the two halves of an emoji. */
    static String cut(String reason) {
        if (reason.length() <= Reviewing.REASON) {
            return reason;
        }
        int end = Character.isHighSurrogate(reason.charAt(Reviewing.REASON - 1)) ? Reviewing.REASON - 1
                : Reviewing.REASON;
        return reason.substring(0, end);
    }

    private Campaign owned(Staff staff, UUID id) {
        return campaigns.find(staff.workspaceId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
