package org.convoca.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Lists;
import org.convoca.people.PersonLimits;
import org.convoca.people.Tags;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tags page and the lists page, which work alike: names with how many people carry them, create, rename,
 * delete after a confirmation. {@code kind} is "tags" or "lists".
 */
@Controller
class LabelsController {

    static final int PAGE = 50;

    private final Tags tags;
    private final Lists lists;
    private final AuditLog audit;
    private final WorkspaceContext context;

    LabelsController(Tags tags, Lists lists, AuditLog audit, WorkspaceContext context) {
        this.tags = tags;
        this.lists = lists;
        this.audit = audit;
        this.context = context;
    }

    @GetMapping("/admin/{kind:tags|lists}")
    String all(@AuthenticationPrincipal Staff staff, @PathVariable String kind,
            @RequestParam(defaultValue = "1") String page, Model model) {
        return show(staff, kind, pageNumber(page), model, null, "");
    }

    @PostMapping("/admin/{kind:tags|lists}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @PathVariable String kind,
            @RequestParam(defaultValue = "") String name, Model model, Locale locale, HttpServletResponse response) {
        if (!LabelNames.isValid(name)) {
            response.setStatus(422);
            return show(staff, kind, 1, model, context.t(locale, "people.error.label-name", Tags.NAME), name);
        }
        UUID id = kind.equals("tags") ? tags.ensure(staff.workspaceId(), PersonLimits.clean(name)).id()
                : lists.ensure(staff.workspaceId(), PersonLimits.clean(name), "").id();
        return "redirect:/admin/" + kind + "#" + id;
    }

    @PostMapping("/admin/{kind:tags|lists}/{id}/rename")
    @PreAuthorize("hasRole('ORGANIZER')")
    String rename(@AuthenticationPrincipal Staff staff, @PathVariable String kind, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name, Model model, Locale locale, HttpServletResponse response) {
        Label label = find(staff, kind, id).orElseThrow(WorkspaceContext::notFound);
        String problem = null;
        if (!LabelNames.isValid(name)) {
            problem = context.t(locale, "people.error.label-name", Tags.NAME);
        } else {
            try {
                boolean renamed = kind.equals("tags") ? tags.rename(staff.workspaceId(), id, name)
                        : lists.rename(staff.workspaceId(), id, name);
                if (renamed) {
                    return "redirect:/admin/" + kind + "#" + id;
                }
            } catch (IllegalArgumentException taken) {
                problem = context.t(locale, "people.error.label-taken", PersonLimits.clean(name));
            }
        }
        response.setStatus(422);
        model.addAttribute("renaming", label.id());
        return show(staff, kind, 1, model, problem, name);
    }

    @GetMapping("/admin/{kind:tags|lists}/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String confirm(@AuthenticationPrincipal Staff staff, @PathVariable String kind, @PathVariable UUID id,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("label", find(staff, kind, id).orElseThrow(WorkspaceContext::notFound));
        return "people/label-delete";
    }

    @PostMapping("/admin/{kind:tags|lists}/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable String kind, @PathVariable UUID id,
            Locale locale, RedirectAttributes redirect) {
        Label label = find(staff, kind, id).orElseThrow(WorkspaceContext::notFound);
        if (kind.equals("tags") ? tags.delete(staff.workspaceId(), id) : lists.delete(staff.workspaceId(), id)) {
            audit.record(staff, "people." + kind + ".delete", "\"" + label.name() + "\" (" + id + "), carried by "
                    + label.count() + " people");
            redirect.addFlashAttribute("notice", context.t(locale, "people." + kind + ".deleted", label.name()));
        }
        return "redirect:/admin/" + kind;
    }

    private String show(Staff staff, String kind, long page, Model model, String problem, String name) {
        UUID ws = staff.workspaceId();
        long offset = (page - 1) * PAGE;
        List<Label> labels;
        long total;
        if (kind.equals("tags")) {
            var found = tags.all(ws, offset, PAGE);
            Map<UUID, Long> counts = tags.counts(ws, found.stream().map(t -> t.id()).toList());
            labels = found.stream().map(t -> new Label(t.id(), t.name(), counts.getOrDefault(t.id(), 0L))).toList();
            total = tags.count(ws);
        } else {
            var found = lists.all(ws, offset, PAGE);
            Map<UUID, Long> counts = lists.counts(ws, found.stream().map(l -> l.id()).toList());
            labels = found.stream().map(l -> new Label(l.id(), l.name(), counts.getOrDefault(l.id(), 0L))).toList();
            total = lists.count(ws);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("labels", labels);
        model.addAttribute("pageNumber", page);
        model.addAttribute("hasNext", offset + labels.size() < total);
        model.addAttribute("total", total);
        model.addAttribute("problem", problem);
        model.addAttribute("name", name);
        return "people/labels";
    }

    private Optional<Label> find(Staff staff, String kind, UUID id) {
        UUID ws = staff.workspaceId();
        if (kind.equals("tags")) {
            return tags.find(ws, id).map(t -> new Label(t.id(), t.name(), tags.countTaggings(ws, id)));
        }
        return lists.find(ws, id).map(l -> new Label(l.id(), l.name(), lists.countItems(ws, id)));
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
