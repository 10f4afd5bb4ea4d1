package org.convoca.events.attendance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The check-in list at the door or after a webinar: registrants found by name or email as staff type, each
 * marked present or not with one click. With htmx only the list or the one line is redrawn; without, the page.
 */
@Controller
class CheckInController {

    static final int PAGE = 100;
    static final int MAX_SEARCH = 200;

    private final Events events;
    private final Attendance attendance;

    CheckInController(Events events, Attendance attendance) {
        this.events = events;
        this.attendance = attendance;
    }

    @GetMapping("/admin/events/{id}/check-in")
    String list(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Event e = find(events, staff, id);
        String search = q.length() > MAX_SEARCH ? q.substring(0, MAX_SEARCH) : q;
        long n = pageNumber(page);
        List<CheckInRow> found = attendance.checkInList(staff.workspaceId(), e.id(), search, (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("event", e);
        model.addAttribute("rows", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("search", search);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("attended", attendance.count(staff.workspaceId(), e.id()));
        return htmx != null ? "events/attendance/rows" : "events/attendance/checkin";
    }

    @PostMapping("/admin/events/{id}/check-in/{personId}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String mark(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID personId,
            @RequestParam(defaultValue = "true") boolean present, @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Event e = find(events, staff, id);
        if (attendance.row(staff.workspaceId(), e.id(), personId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (present) {
            attendance.mark(e, personId, Attendance.Source.CHECK_IN);
        } else {
            attendance.undo(e, personId);
        }
        if (htmx == null) {
            return "redirect:/admin/events/" + e.id() + "/check-in?q=" + URLEncoder.encode(q.length() > MAX_SEARCH
                    ? q.substring(0, MAX_SEARCH) : q, StandardCharsets.UTF_8);
        }
        model.addAttribute("event", e);
        model.addAttribute("row", attendance.row(staff.workspaceId(), e.id(), personId).orElseThrow());
        model.addAttribute("search", q);
        return "events/attendance/row";
    }

    static Event find(Events events, Staff staff, UUID id) {
        return events.find(staff.workspaceId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static long pageNumber(String page) {
        try {
            long n = Long.parseLong(page.strip());
            return n < 1 || n > 100_000 ? 1 : n;
        } catch (NumberFormatException x) {
            return 1;
        }
    }
}
