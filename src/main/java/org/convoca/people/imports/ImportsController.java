package org.convoca.people.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload, mapping and preview of a CSV import; organizers and above only. */
@Controller
@RequestMapping("/admin/imports")
@PreAuthorize("hasRole('ORGANIZER')")
class ImportsController {

    private final Imports imports;
    private final Uploads uploads;
    private final ImportPreviews previews;
    private final ImportStarter starter;
    private final AuditLog audit;

    ImportsController(Imports imports, Uploads uploads, ImportPreviews previews, ImportStarter starter, AuditLog audit) {
        this.imports = imports;
        this.uploads = uploads;
        this.previews = previews;
        this.starter = starter;
        this.audit = audit;
    }

    @GetMapping
    String index(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) String error, Model model) {
        return index(staff, model, "too-large".equals(error) ? "imports.error.too-large" : null,
                new Object[] {Uploads.size(uploads.maxBytes())});
    }

    @PostMapping
    String upload(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return index(staff, model, file == null ? "imports.error.no-file" : "imports.error.empty", new Object[0]);
        }
        try (InputStream in = file.getInputStream()) {
            UUID id = uploads.receive(staff.workspaceId(), staff.email(), file.getOriginalFilename(), in);
            audit.record(staff, "import.upload", imports.find(staff.workspaceId(), id).orElseThrow().fileName());
            return "redirect:/admin/imports/" + id + "/mapping";
        } catch (UploadRefused e) {
            response.setStatus(e.key().endsWith("too-large") ? 413 : 422);
            return index(staff, model, e.key(), e.args());
        }
    }

    @GetMapping("/{id}/mapping")
    String mapping(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        ImportRecord imp = ImportPages.find(imports, staff, id);
        if (imp.status() != ImportRecord.Status.MAPPING) {
            return "redirect:/admin/imports/" + imp.id();
        }
        return mappingPage(imp, previews.columns(imp), null, model);
    }

    @PostMapping("/{id}/mapping")
    String saveMapping(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        ImportRecord imp = ImportPages.find(imports, staff, id);
        if (imp.status() != ImportRecord.Status.MAPPING) {
            return "redirect:/admin/imports/" + imp.id();
        }
        Plan plan = imp.plan();
        List<Target> targets = new ArrayList<>(plan.targets());
        for (int i = 0; i < targets.size(); i++) {
            Target chosen = Target.parse(form.getOrDefault("c" + i, ""));
            if (chosen != null) {
                targets.set(i, chosen);
            }
        }
        Plan changed = plan.withTargets(targets);
        String problem = problem(targets, changed);
        if (problem != null) {
            response.setStatus(422);
            ImportRecord shown = new ImportRecord(imp.id(), imp.workspaceId(), imp.fileName(), imp.status(),
                    changed.encode(), imp.totalRows(), 0, 0, 0, 0, "", imp.createdBy(), imp.createdAt(), null);
            return mappingPage(shown, previews.columns(shown), problem, model);
        }
        imports.saveMapping(staff.workspaceId(), imp.id(), changed);
        return "redirect:/admin/imports/" + imp.id() + "/preview";
    }

    @GetMapping("/{id}/preview")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        ImportRecord imp = ImportPages.find(imports, staff, id);
        if (imp.status() != ImportRecord.Status.MAPPING) {
            return "redirect:/admin/imports/" + imp.id();
        }
        model.addAttribute("imp", imp);
        model.addAttribute("preview", previews.preview(imp));
        return "imports/preview";
    }

    @PostMapping("/{id}/start")
    String start(@AuthenticationPrincipal Staff staff, @PathVariable String id) {
        ImportRecord imp = ImportPages.find(imports, staff, id);
        starter.start(staff.workspaceId(), imp.id(), staff.accountId(), staff.email());
        return "redirect:/admin/imports/" + imp.id();
    }

    private String index(Staff staff, Model model, String error, Object[] args) {
        model.addAttribute("imports", imports.recent(staff.workspaceId(), 20));
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", args);
        model.addAttribute("maxSize", Uploads.size(uploads.maxBytes()));
        return "imports/index";
    }

    private String mappingPage(ImportRecord imp, List<Views.Column> columns, String error, Model model) {
        model.addAttribute("imp", imp);
        model.addAttribute("columns", columns);
        model.addAttribute("targets", List.of(Target.values()));
        model.addAttribute("error", error);
        return "imports/mapping";
    }

    private static String problem(List<Target> targets, Plan plan) {
        Set<Target> seen = EnumSet.noneOf(Target.class);
        for (Target t : targets) {
            if (t.single() && !seen.add(t)) {
                return "imports.error.twice";
            }
        }
        return plan.identifiesPeople() ? null : "imports.error.no-identity";
    }

}
