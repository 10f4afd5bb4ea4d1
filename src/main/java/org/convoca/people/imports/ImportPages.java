package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convoca.shared.CsvCells;
import org.convoca.shared.Ids;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** A running or finished import: its progress page, the fragment htmx polls, and its failed rows as CSV. */
@Controller
@RequestMapping("/admin/imports/{id}")
@PreAuthorize("hasRole('ORGANIZER')")
class ImportPages {

    private final Imports imports;

    ImportPages(Imports imports) {
        this.imports = imports;
    }

    @GetMapping
    String progressPage(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        ImportRecord imp = find(imports, staff, id);
        if (imp.status() == ImportRecord.Status.MAPPING) {
            return "redirect:/admin/imports/" + imp.id() + "/mapping";
        }
        model.addAttribute("imp", imp);
        return "imports/progress";
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        model.addAttribute("imp", find(imports, staff, id));
        return "imports/status";
    }

    /** The failed rows as they were in the file, each with its line number and what was wrong, for fixing. */
    @GetMapping("/errors.csv")
    void errors(@AuthenticationPrincipal Staff staff, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        ImportRecord imp = find(imports, staff, id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"failed-rows.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
            imports.errors(staff.workspaceId(), imp.id(), e -> {
                List<String> record = new ArrayList<>(e.line() == 0 ? List.of("line", "error")
                        : List.of(String.valueOf(e.line()), CsvCells.safe(e.message())));
                original(e.raw()).forEach(v -> record.add(CsvCells.safe(v)));
                csv.writeRecord(record);
            });
        }
    }

    /** The row's own cells, so the download opens with them in their columns again. */
    private static List<String> original(String raw) {
        try (CsvReader<CsvRecord> r = CsvReader.builder().allowUnclosedQuote(true).ofCsvRecord(raw)) {
            return r.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of(raw);
        }
    }

    static ImportRecord find(Imports imports, Staff staff, String id) {
        return Ids.parse(id).flatMap(uuid -> imports.find(staff.workspaceId(), uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
