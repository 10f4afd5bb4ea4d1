package org.convoca.events.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.AfterEvent;
import org.convoca.events.Event;
import org.convoca.events.FollowUp;
import org.convoca.events.InvalidEventException;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After the event: publishing the recording's link and sending a follow-up to registrants or attendees. */
@Controller
class AfterEventController {

    private final AfterEvent after;
    private final StaffEvents context;
    private final AuditLog audit;

    AfterEventController(AfterEvent after, StaffEvents context, AuditLog audit) {
        this.after = after;
        this.context = context;
        this.audit = audit;
    }

    @PostMapping("/admin/events/{id}/recording")
    @PreAuthorize("hasRole('ORGANIZER')")
    String recording(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String url, Locale locale, RedirectAttributes flash) {
        Event e = context.find(staff, id);
        try {
            after.setRecording(e, url);
            flash.addFlashAttribute("notice", "events.after.recording-saved");
        } catch (InvalidEventException x) {
            flash.addFlashAttribute("problem", problem(x, locale));
        }
        return "redirect:/admin/events/" + id;
    }

    @PostMapping("/admin/events/{id}/followups")
    @PreAuthorize("hasRole('ORGANIZER')")
    String followUp(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam Map<String, String> in, Locale locale, RedirectAttributes flash) {
        Event e = context.find(staff, id);
        FollowUp.Audience audience = "attended".equals(in.get("audience")) ? FollowUp.Audience.ATTENDED
                : FollowUp.Audience.REGISTERED;
        try {
            FollowUp f = after.send(e, new FollowUp(null, null, null, audience, in.get("subject_en"),
                    in.get("body_en"), in.get("subject_es"), in.get("body_es"), null));
            audit.record(staff, "events.followup", "\"" + e.title() + "\" (" + e.id() + ") to "
                    + audience.name().toLowerCase(Locale.ROOT) + ": " + f.id());
            flash.addFlashAttribute("notice", "events.after.followup-sent");
        } catch (InvalidEventException x) {
            flash.addFlashAttribute("problem", problem(x, locale));
        }
        return "redirect:/admin/events/" + id;
    }

    private String problem(InvalidEventException x, Locale locale) {
        Map<String, Msg> problems = new java.util.LinkedHashMap<>();
        x.problems().forEach((field, p) -> problems.put(field, Msg.of("events.error." + p.key(), p.limit())));
        return String.join(" ", context.translate(problems, locale).values());
    }
}
