package org.convoca.events.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.Events;
import org.convoca.events.Recordings;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.followup.FollowUp;
import org.convoca.events.followup.FollowUpLimits;
import org.convoca.events.followup.FollowUps;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "After the event": how many came, attendance from a CSV file, the recording link for the public page, and
 * follow-up mail to registrants or to those who came.
 */
@Controller
class AfterEventController {

    private final Events events;
    private final Registrations registrations;
    private final Attendance attendance;
    private final AttendanceUpload upload;
    private final Recordings recordings;
    private final FollowUps followUps;
    private final AuditLog audit;

    AfterEventController(Events events, Registrations registrations, Attendance attendance, AttendanceUpload upload,
            Recordings recordings, FollowUps followUps, AuditLog audit) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.upload = upload;
        this.recordings = recordings;
        this.followUps = followUps;
        this.audit = audit;
    }

    @GetMapping("/admin/events/{id}/after")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String done, Model model) {
        Event e = CheckInController.find(events, staff, id);
        return page(model, staff, e, Map.of(), Map.of(), null,
                done.matches("recording|recording-removed|followup") ? "events.attendance.after.done." + done : null);
    }

    @PostMapping("/admin/events/{id}/attendance")
    @PreAuthorize("hasRole('ORGANIZER')")
    String upload(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "add_unknown", defaultValue = "false") boolean addUnknown, Model model,
            HttpServletResponse response) throws IOException {
        Event e = CheckInController.find(events, staff, id);
        UploadResult result;
        if (file == null || file.isEmpty()) {
            result = UploadResult.refused("events.attendance.csv.empty");
        } else if (file.getSize() > AttendanceUpload.MAX_BYTES) {
            result = UploadResult.refused("events.attendance.csv.too-large");
        } else {
            try {
                result = upload.apply(e, file.getBytes(), addUnknown);
            } catch (AttendanceUpload.TooManyRows x) {
                result = UploadResult.refused("events.attendance.csv.too-many");
            } catch (AttendanceUpload.Unreadable x) {
                result = UploadResult.refused("events.attendance.csv.unreadable");
            }
        }
        if (result.problem() != null) {
            response.setStatus(422);
        } else {
            audit.record(staff, "events.attendance.upload", "\"" + e.title() + "\" (" + e.id() + "): "
                    + result.recorded() + " recorded, " + result.added() + " added");
        }
        return page(model, staff, e, Map.of(), Map.of(), result, null);
    }

    @PostMapping("/admin/events/{id}/recording")
    @PreAuthorize("hasRole('ORGANIZER')")
    String recording(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String url, Model model, HttpServletResponse response) {
        Event e = CheckInController.find(events, staff, id);
        if (url.isBlank()) {
            recordings.remove(staff.workspaceId(), e.id());
            audit.record(staff, "events.recording", "\"" + e.title() + "\" (" + e.id() + "): removed");
            return "redirect:/admin/events/" + e.id() + "/after?done=recording-removed";
        }
        try {
            recordings.publish(staff.workspaceId(), e.id(), url);
        } catch (IllegalArgumentException x) {
            response.setStatus(422);
            return page(model, staff, e, Map.of("recording", "events.attendance.after.error.url"), Map.of("url", url), null,
                    null);
        }
        audit.record(staff, "events.recording", "\"" + e.title() + "\" (" + e.id() + "): published");
        return "redirect:/admin/events/" + e.id() + "/after?done=recording";
    }

    @PostMapping("/admin/events/{id}/followups")
    @PreAuthorize("hasRole('ORGANIZER')")
    String followUp(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        Event e = CheckInController.find(events, staff, id);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, FollowUp.Text> texts = FollowUpLimits.texts(input, e.defaultLanguage(), problems);
        FollowUp.Audience audience = FollowUp.Audience.parse(input.getOrDefault("audience", ""));
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(model, staff, e, problems, input, null, null);
        }
        FollowUp f = followUps.send(e, audience, texts, staff.email());
        audit.record(staff, "events.followup", "\"" + e.title() + "\" (" + e.id() + "): follow-up " + f.id()
                + " to " + audience.wire());
        return "redirect:/admin/events/" + e.id() + "/after?done=followup";
    }

    private String page(Model model, Staff staff, Event e, Map<String, String> problems, Map<String, String> form,
            UploadResult result, String notice) {
        model.addAttribute("event", e);
        model.addAttribute("registered", registrations.count(staff.workspaceId(), e.id(),
                RegistrationStatus.REGISTERED));
        model.addAttribute("attended", attendance.count(staff.workspaceId(), e.id()));
        model.addAttribute("recording", recordings.linkFor(staff.workspaceId(), e.id()).orElse(""));
        model.addAttribute("followUps", followUps.of(staff.workspaceId(), e.id()));
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("result", result);
        model.addAttribute("notice", notice);
        return "events/attendance/after";
    }
}
