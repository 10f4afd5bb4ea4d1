package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.letters.InvalidLetterException;
import org.convoca.actions.letters.Target;
import org.convoca.actions.letters.Targets;
import org.convoca.actions.letters.TargetsCsv;
import org.convoca.actions.PetitionLimits;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's decision makers: the list, adding one, importing many from CSV, removing one. */
@Controller
class TargetsController {

    static final int PAGE = 50;

    private final Targets targets;
    private final StaffLetters context;
    private final AuditLog audit;

    TargetsController(Targets targets, StaffLetters context, AuditLog audit) {
        this.targets = targets;
        this.context = context;
        this.audit = audit;
    }

    @GetMapping("/admin/letters/targets")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model) {
        return page(staff, StaffLetters.pageNumber(page), new TargetForm("", "", "", "", ""), Map.of(), model);
    }

    @PostMapping("/admin/letters/targets")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String regions,
            @RequestParam(name = "postal_prefixes", defaultValue = "") String postalPrefixes, Model model,
            Locale locale, HttpServletResponse response) {
        TargetForm typed = new TargetForm(name, title, email, regions, postalPrefixes);
        try {
            Target t = targets.add(staff.workspaceId(), new Target(null, null, name, title, email,
                    Target.areas(regions), Target.areas(postalPrefixes), null));
            audit.record(staff, "letters.target.add", "\"" + t.name() + "\" (" + t.id() + ")");
            return "redirect:/admin/letters/targets";
        } catch (InvalidLetterException e) {
            response.setStatus(422);
            return page(staff, 1, typed, context.words(e.problems(), locale), model);
        }
    }

    @PostMapping("/admin/letters/targets/import")
    @PreAuthorize("hasRole('ORGANIZER')")
    String importCsv(@AuthenticationPrincipal Staff staff,
            @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty() || file.getSize() > TargetsCsv.MAX_BYTES) {
            redirect.addFlashAttribute("problem", context.t(locale, "letters.error.file-size"));
            return "redirect:/admin/letters/targets";
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file.getBytes())).toString();
            List<Target> read = TargetsCsv.read(text);
            int added = targets.addAll(staff.workspaceId(), read);
            audit.record(staff, "letters.target.import", added + " targets imported from CSV");
            redirect.addFlashAttribute("notice", context.t(locale, "letters.targets.imported", added));
        } catch (CharacterCodingException e) {
            redirect.addFlashAttribute("problem", context.t(locale, "letters.error.csv-encoding"));
        } catch (InvalidLetterException e) {
            StringBuilder b = new StringBuilder(context.t(locale, "letters.targets.not-imported"));
            e.problems().forEach((field, p) -> b.append(' ').append(field.startsWith("row ") ? field + ": " : "")
                    .append(context.t(locale, "letters.error." + p.key(), p.limit())));
            redirect.addFlashAttribute("problem", b.toString());
        }
        return "redirect:/admin/letters/targets";
    }

    @PostMapping("/admin/letters/targets/{id}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable UUID id) {
        if (targets.remove(staff.workspaceId(), id)) {
            audit.record(staff, "letters.target.remove", "Target " + id);
        }
        return "redirect:/admin/letters/targets";
    }

    private String page(Staff staff, long n, TargetForm typed, Map<String, String> problems, Model model) {
        List<Target> found = targets.all(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("targets", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("count", targets.count(staff.workspaceId()));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("max", PetitionLimits.TITLE);
        return "letters/targets";
    }
}
