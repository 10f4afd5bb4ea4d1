package org.convoca.events.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convoca.events.Event;
import org.convoca.events.Registrant;
import org.convoca.events.Registrations;
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

/**
 * An event's registrations, wait list and cancellations, in the order people came: the list doubles as the
 * check-in list at the door, and downloads as CSV.
 */
@Controller
class RegistrationsController {

    static final int PAGE = 50;
    private static final int CSV_BATCH = 1000;

    private final Registrations registrations;
    private final StaffEvents context;
    private final AuditLog audit;

    RegistrationsController(Registrations registrations, StaffEvents context, AuditLog audit) {
        this.registrations = registrations;
        this.context = context;
        this.audit = audit;
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
        model.addAttribute("attended", registrations.attendedCount(staff.workspaceId(), e.id()));
        return "events/registrations";
    }

    @PostMapping("/admin/events/{id}/registrations/{registration}/attendance")
    @PreAuthorize("hasRole('ORGANIZER')")
    String attendance(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID registration,
            @RequestParam(defaultValue = "yes") String attended, @RequestParam(defaultValue = "1") String page) {
        Event e = context.find(staff, id);
        if (!registrations.markAttended(staff.workspaceId(), e.id(), registration, "yes".equals(attended))) {
            throw StaffEvents.notFound();
        }
        return "redirect:/admin/events/" + id + "/registrations?page=" + StaffEvents.pageNumber(page) + "#r-"
                + registration;
    }

    @GetMapping("/admin/events/{id}/registrations.csv")
    @PreAuthorize("hasRole('ORGANIZER')")
    void csv(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Event e = context.find(staff, id);
        audit.record(staff, "events.export", "Registrations of \"" + e.title() + "\" (" + e.id() + ")");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"registrations-" + e.slug() + ".csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord("name", "email", "status", "registered_at", "attended_at", "answers");
            for (long offset = 0; ; offset += CSV_BATCH) {
                List<Registrant> batch = registrations.page(staff.workspaceId(), e.id(), offset, CSV_BATCH);
                for (Registrant r : batch) {
                    csv.writeRecord(cell(r.name()), cell(r.email()), r.registration().status().wire(),
                            r.registration().createdAt().atOffset(ZoneOffset.UTC).toString(),
                            r.registration().attended() ? r.registration().attendedAt().atOffset(ZoneOffset.UTC)
                                    .toString() : "",
                            cell(r.answers().stream().map(a -> a.question() + ": " + a.answer())
                                    .collect(Collectors.joining(" | "))));
                }
                if (batch.size() < CSV_BATCH) {
                    break;
                }
            }
        }
    }

    /** A cell a spreadsheet will not run as a formula. */
    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
