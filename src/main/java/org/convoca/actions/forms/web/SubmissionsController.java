package org.convoca.actions.forms.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionKind;
import org.convoca.actions.forms.Submissions;
import org.convoca.actions.forms.Submitter;
import org.convoca.actions.web.SignaturesCsv;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A form's submissions for staff: a page at a time with every answer, and all of them as CSV. */
@Controller
class SubmissionsController {

    static final int PAGE = 50;

    private final StaffForms context;
    private final Submissions submissions;
    private final AuditLog audit;

    SubmissionsController(StaffForms context, Submissions submissions, AuditLog audit) {
        this.context = context;
        this.submissions = submissions;
        this.audit = audit;
    }

    @GetMapping("/admin/forms/{id}/submissions")
    String list(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
        Form f = context.find(staff, id);
        long n = StaffForms.pageNumber(page);
        List<Submitter> found = submissions.newest(staff.workspaceId(), f.id(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("f", f);
        model.addAttribute("submitters", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("count", submissions.count(staff.workspaceId(), Submissions.Scope.form(f.id())));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("dates", context.dates(staff, locale));
        return "forms/submissions";
    }

    /** Every submission with its answers as CSV, streamed; audit-logged, since it copies people's details. */
    @GetMapping("/admin/forms/{id}/submissions.csv")
    @PreAuthorize("hasRole('ORGANIZER')")
    void export(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Form f = context.find(staff, id);
        audit.record(staff, "forms.export", "Submissions of \"" + f.title() + "\" (" + f.id() + ") as CSV");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"submissions-" + f.slug() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(out);
        List<String> header = new ArrayList<>(List.of("submitted_at", "given_name", "family_name", "email",
                "postal_code", "language", "source"));
        for (Question q : f.questions()) {
            header.add(SignaturesCsv.safe(q.text(f.defaultLanguage(), f.defaultLanguage()).label()));
        }
        csv.writeRecord(header);
        submissions.forEach(staff.workspaceId(), f.id(), s -> {
            List<String> row = new ArrayList<>(List.of(DateTimeFormatter.ISO_INSTANT.format(s.submittedAt()),
                    SignaturesCsv.safe(s.givenName()), SignaturesCsv.safe(s.familyName()),
                    SignaturesCsv.safe(s.email()), SignaturesCsv.safe(s.postalCode()), s.language(),
                    SignaturesCsv.safe(s.source())));
            for (Question q : f.questions()) {
                String answer = s.answer(q.id());
                row.add(SignaturesCsv.safe(q.kind() == QuestionKind.MULTIPLE_CHOICE ? answer.replace("\n", "; ")
                        : answer));
            }
            csv.writeRecord(row);
        });
        csv.flush();
        out.flush();
    }
}
