package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Segments;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
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

/** The segments page and the builder: conditions, all/any, exclusions, and a count that follows every change. */
@Controller
class SegmentsController {

    static final int PAGE = 50;
    static final int SAMPLE = 10;
    static final int CHOICES = 500;

    private final Segments segments;
    private final Tags tags;
    private final Lists lists;
    private final AuditLog audit;
    private final MailingPages pages;
    private final Workspaces workspaces;

    SegmentsController(Segments segments, Tags tags, Lists lists, AuditLog audit, MailingPages pages,
            Workspaces workspaces) {
        this.workspaces = workspaces;
        this.segments = segments;
        this.tags = tags;
        this.lists = lists;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/segments")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model) {
        long p = MailingsController.pageNumber(page);
        List<Segment> found = segments.all(staff.workspaceId(), (p - 1) * PAGE, PAGE + 1);
        model.addAttribute("segments", found.size() > PAGE ? found.subList(0, PAGE) : found);
        model.addAttribute("pageNumber", p);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("zone", workspaces.findById(staff.workspaceId()).map(w -> ZoneId.of(w.timeZone()))
                .orElse(ZoneId.of("UTC")));
        return "segments/list";
    }

    /** One segment's count, asked for by each row of the list once the page has shown. */
    @GetMapping("/admin/segments/{id}/count")
    String count(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        model.addAttribute("count", segments.counts(staff.workspaceId(), find(staff, id)));
        return "segments/count";
    }

    @GetMapping("/admin/segments/new")
    String create(@AuthenticationPrincipal Staff staff, Model model) {
        Segment fresh = Segment.draft("", true, List.of(new Segment.Condition(Segment.Kind.TAG, false, "")));
        return edit(staff, null, fresh, Map.of(), model);
    }

    @GetMapping("/admin/segments/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        Segment s = find(staff, id);
        return edit(staff, s.id(), s, Map.of(), model);
    }

    @PostMapping("/admin/segments")
    @PreAuthorize("hasRole('ORGANIZER')")
    String saveNew(@AuthenticationPrincipal Staff staff, HttpServletRequest request, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(staff, null, request, locale, model, response, redirect);
    }

    @PostMapping("/admin/segments/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String saveExisting(@AuthenticationPrincipal Staff staff, @PathVariable String id, HttpServletRequest request,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(staff, find(staff, id).id(), request, locale, model, response, redirect);
    }

    /** The conditions and the count again, after a row was added, removed or given another kind. */
    @PostMapping("/admin/segments/builder")
    String builder(@AuthenticationPrincipal Staff staff, HttpServletRequest request, Locale locale, Model model) {
        Segment s = SegmentForm.read(request);
        model.addAttribute("page", page(staff, null, s, shownProblems(staff, s, locale)));
        return "segments/builder";
    }

    /** The count alone, while a value is being typed. */
    @PostMapping("/admin/segments/live")
    String live(@AuthenticationPrincipal Staff staff, HttpServletRequest request, Model model) {
        model.addAttribute("live", live(staff, SegmentForm.read(request)));
        return "segments/live";
    }

    @GetMapping("/admin/segments/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String confirmDelete(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        model.addAttribute("segment", find(staff, id));
        return "segments/delete";
    }

    @PostMapping("/admin/segments/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable String id, Locale locale,
            RedirectAttributes redirect) {
        Segment s = find(staff, id);
        try {
            if (segments.delete(staff.workspaceId(), s.id())) {
                audit.record(staff, "segments.delete", "\"" + s.name() + "\" (" + s.id() + ")");
                redirect.addFlashAttribute("notice", pages.t(locale, "segments.deleted", s.name()));
            }
            return "redirect:/admin/segments";
        } catch (InvalidMailingException e) {
            redirect.addFlashAttribute("problem", pages.t(locale, "segments.problem.used"));
            return "redirect:/admin/segments/" + s.id();
        }
    }

    private String save(Staff staff, UUID id, HttpServletRequest request, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Segment s = SegmentForm.read(request);
        String action = request.getParameter("action");
        if (action != null && !action.equals("save")) {
            return edit(staff, id, s, shownProblems(staff, s, locale), model);
        }
        try {
            Segment saved = segments.save(staff.workspaceId(), id, s);
            redirect.addFlashAttribute("notice", pages.t(locale, "segments.saved", saved.name()));
            return "redirect:/admin/segments/" + saved.id();
        } catch (InvalidMailingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return edit(staff, id, s, translate(locale, e.problems(), s), model);
        }
    }

    private String edit(Staff staff, UUID id, Segment s, Map<String, String> problems, Model model) {
        model.addAttribute("page", page(staff, id, s, problems));
        return "segments/edit";
    }

    private SegmentPage page(Staff staff, UUID id, Segment s, Map<String, String> problems) {
        UUID ws = staff.workspaceId();
        return new SegmentPage(id, s, problems, tags.all(ws, 0, CHOICES), lists.all(ws, 0, CHOICES),
                segments.actions(ws, Segment.Kind.SIGNED_PETITION, CHOICES),
                segments.actions(ws, Segment.Kind.ATTENDED_EVENT, CHOICES), live(staff, s));
    }

    private SegmentPage.Live live(Staff staff, Segment s) {
        Segment complete = SegmentForm.complete(s);
        int waiting = s.conditions().size() - complete.conditions().size();
        UUID ws = staff.workspaceId();
        if (!segments.problems(ws, complete.withoutName()).isEmpty()) {
            return new SegmentPage.Live(Segments.Count.NONE, List.of(), true, waiting);
        }
        return new SegmentPage.Live(segments.counts(ws, complete), segments.sample(ws, complete, SAMPLE), false,
                waiting);
    }

    /** While editing, only the values already given are judged: an empty row is not a mistake yet. */
    private Map<String, String> shownProblems(Staff staff, Segment s, Locale locale) {
        Map<String, String> all = segments.problems(staff.workspaceId(), s.withoutName());
        Map<String, String> shown = new LinkedHashMap<>(all);
        all.keySet().stream().filter(k -> k.startsWith("conditions.")).forEach(k -> {
            int i = Integer.parseInt(k.substring("conditions.".length()));
            if (s.conditions().get(i).value().isEmpty()) {
                shown.remove(k);
            }
        });
        return translate(locale, shown, s);
    }

    /** The domain's English sentences in the reader's language, each condition's by its kind. */
    private Map<String, String> translate(Locale locale, Map<String, String> english, Segment s) {
        Map<String, String> result = new LinkedHashMap<>();
        english.forEach((key, sentence) -> {
            String message;
            if (key.startsWith("conditions.")) {
                Segment.Kind kind = s.conditions().get(Integer.parseInt(key.substring(11))).kind();
                message = pages.t(locale, "segments.problem." + kind.name());
            } else {
                message = pages.t(locale, "segments.problem." + key, Segment.NAME, Segment.MAX_CONDITIONS);
            }
            result.put(key, message.startsWith("segments.problem.") ? sentence : message);
        });
        return result;
    }

    private Segment find(Staff staff, String id) {
        return Ids.parse(id).flatMap(i -> segments.find(staff.workspaceId(), i))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
