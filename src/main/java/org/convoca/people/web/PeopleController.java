package org.convoca.people.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.PeoplePages;
import org.convoca.people.PeopleQuery;
import org.convoca.people.PersonLimits;
import org.convoca.people.Tag;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people list: search, filters and paging, live through htmx and the same without JavaScript. */
@Controller
class PeopleController {

    static final int PAGE = 50;
    /** Counting stops here; see {@link PeoplePages#countUpTo}. */
    static final long COUNT_BOUND = 10_000;
    static final int FILTER_CHOICES = 500;

    private final PeoplePages pages;
    private final Tags tags;
    private final Lists lists;
    private final AuditLog audit;
    private final WorkspaceContext context;

    PeopleController(PeoplePages pages, Tags tags, Lists lists, AuditLog audit, WorkspaceContext context) {
        this.pages = pages;
        this.tags = tags;
        this.lists = lists;
        this.audit = audit;
        this.context = context;
    }

    @GetMapping("/admin/people")
    String list(@AuthenticationPrincipal Staff staff, PeopleFilter filter,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        UUID ws = staff.workspaceId();
        PeopleQuery query = filter.toQuery();
        Optional<UUID> afterId = Ids.parse(after);
        Optional<UUID> beforeId = Ids.parse(before);
        PeoplePages.Page page = afterId.map(id -> pages.after(ws, query, id, PAGE))
                .or(() -> beforeId.map(id -> pages.before(ws, query, id, PAGE)))
                .orElseGet(() -> pages.first(ws, query, PAGE));
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("count", pages.countUpTo(ws, query, COUNT_BOUND));
        model.addAttribute("bound", COUNT_BOUND);
        if (htmx != null && restore == null) {
            return "people/results";
        }
        model.addAttribute("tags", tags.all(ws, 0, FILTER_CHOICES));
        model.addAttribute("lists", lists.all(ws, 0, FILTER_CHOICES));
        model.addAttribute("statuses", Stream.of(EmailStatus.values()).map(EmailStatus::wire).toList());
        return "people/list";
    }

    /** Tags everyone the filter matches, in one statement; a bulk change, so it goes in the audit log. */
    @PostMapping("/admin/people/bulk-tag")
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    String tagAll(@AuthenticationPrincipal Staff staff, PeopleFilter filter,
            @RequestParam(name = "tag_name", defaultValue = "") String tagName, Locale locale,
            RedirectAttributes redirect) {
        String back = "redirect:/admin/people" + (filter.toQueryString().isEmpty() ? "" : "?" + filter.toQueryString());
        if (!LabelNames.isValid(tagName)) {
            redirect.addFlashAttribute("problem", context.t(locale, "people.error.label-name", Tags.NAME));
            return back;
        }
        Tag tag = tags.ensure(staff.workspaceId(), PersonLimits.clean(tagName));
        int tagged = tags.tagAll(staff.workspaceId(), tag.id(), filter.toQuery());
        audit.record(staff, "people.bulk-tag", "tag \"" + tag.name() + "\" (" + tag.id() + ") added to " + tagged
                + " people matching " + (filter.toQueryString().isEmpty() ? "everyone" : filter.toQueryString()));
        redirect.addFlashAttribute("notice", context.t(locale, "people.bulk.done", tag.name(), tagged));
        return back;
    }
}
