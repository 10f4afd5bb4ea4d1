package org.convoca.mailings.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.convoca.mailings.MailingStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.Audience;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingImages;
import org.convoca.mailings.Mailings;
import org.convoca.mailings.Segments;
import org.convoca.mailings.Sending;
import org.convoca.mailings.Wrappers;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailings list and the editor of a draft: settings, audience, and a version per language made of blocks. */
@Controller
class MailingsController {

    static final int PAGE = 50;
    static final int CHOICES = 500;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)");

    private final Mailings mailings;
    private final Sending sending;
    private final Lists lists;
    private final Tags tags;
    private final Segments segments;
    private final Wrappers wrappers;
    private final MailingImages images;
    private final Workspaces workspaces;
    private final AuditLog audit;
    private final MailingPages pages;

    MailingsController(Mailings mailings, Sending sending, Lists lists, Tags tags, Segments segments,
            Wrappers wrappers, MailingImages images, Workspaces workspaces, AuditLog audit, MailingPages pages) {
        this.mailings = mailings;
        this.sending = sending;
        this.lists = lists;
        this.tags = tags;
        this.segments = segments;
        this.wrappers = wrappers;
        this.images = images;
        this.workspaces = workspaces;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/mailings")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model) {
        long p = pageNumber(page);
        List<Mailing> found = mailings.page(staff.workspaceId(), (p - 1) * PAGE, PAGE + 1);
        List<Mailing> shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
        model.addAttribute("mailings", shown);
        model.addAttribute("notStarted", sending.failedToStart(staff.workspaceId(), shown.stream()
                .filter(m -> m.status() == MailingStatus.DRAFT).map(Mailing::id).toList()));
        model.addAttribute("pageNumber", p);
        model.addAttribute("hasNext", found.size() > PAGE);
        return "mailings/list";
    }

    @PostMapping("/admin/mailings")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String name, Locale locale,
            RedirectAttributes redirect) {
        try {
            Mailing m = mailings.create(staff.workspaceId(), Mailing.draft(name.strip())
                    .withAudience(new Audience(true, List.of())), staff.accountId());
            return "redirect:/admin/mailings/" + m.id();
        } catch (InvalidMailingException e) {
            redirect.addFlashAttribute("problem", pages.problems(locale, e.problems()).values().iterator().next());
            return "redirect:/admin/mailings";
        }
    }

    @GetMapping("/admin/mailings/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        Mailing m = find(staff, id);
        if (!m.status().editable()) {
            model.addAttribute("status", pages.status(m, true));
            model.addAttribute("slug", staff.workspaceSlug());
            return "mailings/status";
        }
        return edit(staff, m, Map.of(), model);
    }

    @PostMapping("/admin/mailings/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "save") String action, HttpServletRequest request, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Mailing current = find(staff, id);
        if (!current.status().editable()) {
            return "redirect:/admin/mailings/" + current.id();
        }
        Mailing changed;
        try {
            changed = MailingFormReader.read(request, current, images, action);
            mailings.update(changed);
        } catch (InvalidMailingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Mailing shown = current;
            try {
                shown = MailingFormReader.read(request, current, images, "");
            } catch (InvalidMailingException again) {
                // The upload itself was refused: show the mailing as saved, with the problem.
            }
            return edit(staff, shown, pages.problems(locale, e.problems()), model);
        }
        String anchor = action.contains(":") ? "#" + action.split(":")[1] + "-blocks" : "";
        return switch (action) {
            case "preview" -> "redirect:/admin/mailings/" + current.id() + "/preview";
            case "send" -> "redirect:/admin/mailings/" + current.id() + "/send";
            default -> {
                if (action.equals("save")) {
                    redirect.addFlashAttribute("notice", pages.t(locale, "mailings.saved"));
                }
                yield "redirect:/admin/mailings/" + current.id() + anchor;
            }
        };
    }

    /** The live count under the audience choices, as they change. */
    @PostMapping("/admin/mailings/{id}/reach")
    String reach(@AuthenticationPrincipal Staff staff, @PathVariable String id, HttpServletRequest request,
            Model model) {
        Mailing m = find(staff, id);
        Mailing chosen = MailingFormReader.audienceOf(request, m);
        boolean valid = chosen.audience().targets().size() <= Audience.MAX_TARGETS;
        model.addAttribute("reach", valid ? sending.reach(staff.workspaceId(), chosen.audience()) : 0L);
        return "mailings/reach";
    }

    @PostMapping("/admin/mailings/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable String id) {
        Mailing m = find(staff, id);
        if (mailings.deleteDraft(staff.workspaceId(), m.id())) {
            audit.record(staff, "mailings.delete", "draft \"" + m.name() + "\" (" + m.id() + ")");
        }
        return "redirect:/admin/mailings";
    }

    private String edit(Staff staff, Mailing m, Map<String, String> problems, Model model) {
        UUID ws = staff.workspaceId();
        Workspace w = workspaces.findById(ws).orElseThrow();
        model.addAttribute("page", new EditPage(m, problems, lists.all(ws, 0, CHOICES), tags.all(ws, 0, CHOICES),
                segments.all(ws, 0, CHOICES), wrappers.all(ws, 0, 100), sending.reach(ws, m.audience()),
                w.senderName().isBlank() ? w.name() : w.senderName(), w.senderEmail(), null));
        sending.startProblem(ws, m.id()).ifPresent(p -> {
            Locale locale = LocaleContextHolder.getLocale();
            String due = p.due() == null ? "" : DUE.withLocale(locale).format(p.due().atZone(zone(w)));
            model.addAttribute("startFailed", pages.t(locale, "mailings.dkim.start-failed", due));
            model.addAttribute("startProblems", pages.problems(locale, p.problems()).values());
        });
        return "mailings/edit";
    }

    private static ZoneId zone(Workspace w) {
        try {
            return ZoneId.of(w.timeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    Mailing find(Staff staff, String id) {
        return org.convoca.shared.Ids.parse(id).flatMap(i -> mailings.find(staff.workspaceId(), i))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static long pageNumber(String page) {
        try {
            long n = Long.parseLong(page.strip());
            return n < 1 || n > 1_000_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
