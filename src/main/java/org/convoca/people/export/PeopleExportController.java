package org.convoca.people.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convoca.people.PeopleScan;
import org.convoca.people.Person;
import org.convoca.people.web.PeopleFilter;
import org.convoca.shared.CsvCells;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The people list as CSV, with the list page's filters: streamed batch by batch, UTF-8 with a byte order mark so
 * Excel shows accents, formula-like cells defused. Organizers and above; every export is in the audit log.
 */
@Controller
@PreAuthorize("hasRole('ORGANIZER')")
class PeopleExportController {

    static final List<String> COLUMNS = List.of("id", "given_name", "family_name", "email", "email_status", "phone",
            "address_lines", "locality", "region", "postal_code", "country", "language", "source", "created_at",
            "modified_at", "tags", "lists");
    static final int MAX_FIELD_COLUMNS = 500;

    private final PeopleScan scan;
    private final AuditLog audit;

    PeopleExportController(PeopleScan scan, AuditLog audit) {
        this.scan = scan;
        this.audit = audit;
    }

    @GetMapping("/admin/people/export")
    void export(@AuthenticationPrincipal Staff staff, PeopleFilter filter, HttpServletResponse response)
            throws IOException {
        List<String> fields = scan.fieldNames(staff.workspaceId(), MAX_FIELD_COLUMNS);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"people-" + staff.workspaceSlug() + "-"
                + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        long count = 0;
        boolean complete = false;
        // Closing the servlet stream would end the response before the audit entry below is written.
        OutputStream out = StreamUtils.nonClosing(response.getOutputStream());
        try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(fields.stream().map(CsvCells::safe).toList());
            csv.writeRecord(header);
            count = scan.scan(staff.workspaceId(), filter.toQuery(),
                    batch -> batch.forEach(e -> csv.writeRecord(row(e, fields))));
            complete = true;
        } finally {
            String query = filter.toQueryString();
            audit.record(staff, "people.export", (query.isEmpty() ? "all people" : query) + "; " + count + " people"
                    + (complete ? "" : " (interrupted)"));
        }
    }

    private static List<String> row(PeopleScan.Entry e, List<String> fields) {
        Person p = e.person();
        List<String> cells = new ArrayList<>(List.of(p.id().toString(), p.givenName(), p.familyName(),
                p.email() == null ? "" : p.email(), p.emailStatus().wire(), p.phone() == null ? "" : p.phone(),
                p.address().addressLines(), p.address().locality(), p.address().region(), p.address().postalCode(),
                p.address().country(), p.language(), p.source(), p.createdAt().toString(), p.modifiedAt().toString(),
                String.join("; ", e.tags()), String.join("; ", e.lists())));
        for (String f : fields) {
            cells.add(p.customFields().getOrDefault(f, ""));
        }
        return cells.stream().map(CsvCells::safe).toList();
    }
}
