package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.convoca.actions.CoSponsoredAction;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.ui.Model;

/**
 * The staff flow every kind of action (forms, letter campaigns, petitions, sign-on letters) shares: its list a page
 * at a time, the edit page, saving what staff typed or showing it again with what is wrong (422), publishing and
 * closing, each with the same audit entries. Each controller keeps its own addresses and says how its kind saves.
 *
 * @param <A> the kind of action
 * @param <F> the staff form it is typed into
 */
public final class ActionStaffPages<A, F> {

    /** Actions on one page of a list. */
    static final int PAGE = 25;

    /** How many of the actions the workspace co-sponsors a list page shows at most. */
    static final int SPONSORED = 100;

    /**
     * One kind of action as its staff pages name it.
     *
     * @param path     the list's address, such as {@code /admin/forms}; one action's page is below it by id
     * @param area     the audit log's prefix for the kind, such as {@code forms}
     * @param edit     the edit page's template
     * @param existing the name the edit page knows the action being edited by (null under it for a new one)
     * @param more     anything else the edit page shows
     */
    public record Kind<A>(String path, String area, Function<A, UUID> id, Function<A, String> title, String edit,
            String existing, Map<String, ?> more) {
    }

    /** What the typed form alone sees wrong, such as a goal that is no number, in the reader's words. */
    @FunctionalInterface
    public interface Checking<F> {
        Map<String, String> problems(Staff staff, F typed, Locale locale);
    }

    /** Saves what staff typed on top of {@code old}, or as a new action when it is null. */
    @FunctionalInterface
    public interface Saving<A, F> {
        A save(Staff staff, A old, F typed);
    }

    /** The exception a kind refuses to save with, and what it says is wrong in the reader's words. */
    public record Refusal<E extends RuntimeException>(Class<E> type, BiFunction<E, Locale, Map<String, String>> words) {
    }

    /** A page of the workspace's actions, newest first. */
    @FunctionalInterface
    public interface Paging<A> {
        List<A> newest(UUID workspaceId, long offset, int limit);
    }

    /** The actions of other workspaces this one co-sponsors, as many as asked for. */
    @FunctionalInterface
    public interface Sponsored {
        List<CoSponsoredAction> of(UUID partnerId, int limit);
    }

    private final Kind<A> kind;
    private final StaffPages context;
    private final Checking<F> checking;
    private final Saving<A, F> saving;
    private final Refusal<?> refusal;
    private final AuditLog audit;

    public ActionStaffPages(Kind<A> kind, StaffPages context, Checking<F> checking, Saving<A, F> saving,
            Refusal<?> refusal, AuditLog audit) {
        this.kind = kind;
        this.context = context;
        this.checking = checking;
        this.saving = saving;
        this.refusal = refusal;
        this.audit = audit;
    }

    /** For kinds whose form sees nothing wrong that saving does not. */
    public static <F> Checking<F> nothingToCheck() {
        return (staff, typed, locale) -> Map.of();
    }

    /**
     * Puts the page of the list asked for in the model under {@code name}, with what every list shows beside it,
     * and returns the actions shown.
     */
    public List<A> list(Staff staff, String page, Model model, Locale locale, String name, Paging<A> actions,
            Sponsored sponsored) {
        long n = StaffPages.pageNumber(page);
        List<A> found = actions.newest(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        List<A> shown = found.subList(0, Math.min(PAGE, found.size()));
        model.addAttribute(name, shown);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("sponsored", sponsored.of(staff.workspaceId(), SPONSORED));
        model.addAttribute("dates", context.dates(staff, locale));
        return shown;
    }

    /** A count for each action, such as its submissions, in the actions' order. */
    public Map<UUID, Long> counts(List<A> actions, ToLongFunction<A> count) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        actions.forEach(a -> counts.put(kind.id().apply(a), count.applyAsLong(a)));
        return counts;
    }

    /** The edit page: of a new action when {@code existing} is null. */
    public String edit(Model model, F typed, A existing, Map<String, String> problems) {
        model.addAttribute("form", typed);
        model.addAttribute(kind.existing(), existing);
        model.addAttribute("problems", problems);
        model.addAllAttributes(kind.more());
        return kind.edit();
    }

    /** Saves what staff typed over {@code old} (a new action when null) and goes to its page. */
    public String save(Staff staff, A old, F typed, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> problems = checking.problems(staff, typed, locale);
        if (problems.isEmpty()) {
            try {
                A saved = saving.save(staff, old, typed);
                audit.record(staff, kind.area() + (old == null ? ".create" : ".update"), describe(saved));
                return "redirect:" + kind.path() + "/" + kind.id().apply(saved);
            } catch (RuntimeException e) {
                problems = words(refusal, e, locale);
            }
        }
        response.setStatus(422);
        return edit(model, typed, old, problems);
    }

    /**
     * Back to the action's page after publishing or closing it, recorded when {@code changed}.
     *
     * @param next the status it was set to, as the wire names it
     */
    public String status(Staff staff, A action, String next, boolean changed) {
        if (changed) {
            audit.record(staff, kind.area() + ".status", describe(action) + " is now " + next);
        }
        return "redirect:" + kind.path() + "/" + kind.id().apply(action);
    }

    private String describe(A action) {
        return "\"" + kind.title().apply(action) + "\" (" + kind.id().apply(action) + ")";
    }

    /** What the kind's refusal says is wrong; any other exception is not ours to show. */
    private static <E extends RuntimeException> Map<String, String> words(Refusal<E> refusal, RuntimeException e,
            Locale locale) {
        if (!refusal.type().isInstance(e)) {
            throw e;
        }
        return refusal.words().apply(refusal.type().cast(e), locale);
    }
}
