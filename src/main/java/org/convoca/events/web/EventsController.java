package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.CoHosts;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.Events;
import org.convoca.events.InvalidEventException;
import org.convoca.events.Organizing;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.events.campaign.Hosting;
import org.convoca.events.campaign.Hostings;
import org.convoca.people.People;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff pages for events: the list, adding and editing, one event's page, cancelling and postponing. */
@Controller
class EventsController {

    static final int PAGE = 25;

    private final Events events;
    private final Organizing organizing;
    private final Registrations registrations;
    private final StaffEvents context;
    private final AuditLog audit;
    private final CoHosts coHosts;
    private final Hostings hostings;
    private final People people;

    EventsController(Events events, Organizing organizing, Registrations registrations, StaffEvents context,
            AuditLog audit, CoHosts coHosts, Hostings hostings, People people) {
        this.hostings = hostings;
        this.people = people;
        this.coHosts = coHosts;
        this.events = events;
        this.organizing = organizing;
        this.registrations = registrations;
        this.context = context;
        this.audit = audit;
    }

    @GetMapping("/admin/events")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model) {
        long n = StaffEvents.pageNumber(page);
        List<Event> found = events.newest(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        List<Event> shown = found.subList(0, Math.min(PAGE, found.size()));
        model.addAttribute("events", shown.stream().map(e -> new StaffEventRow(e,
                registrations.count(staff.workspaceId(), e.id(), RegistrationStatus.REGISTERED),
                registrations.count(staff.workspaceId(), e.id(), RegistrationStatus.WAITLISTED))).toList());
        model.addAttribute("waiting", hostings.waiting(staff.workspaceId(), shown.stream().map(Event::id).toList()));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("coHosted", coHosts.hostedBy(staff.workspaceId(), PAGE));
        return "events/list";
    }

    @GetMapping("/admin/events/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return form(model, EventForm.empty(context.language(staff), context.zone(staff)), null, Map.of(), Map.of(),
                context.zone(staff));
    }

    @PostMapping("/admin/events")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        EventForm form = EventForm.from(input);
        EventForm.Parsed parsed = form.toEvent(null, locale);
        Map<String, Msg> problems = parsed.problems();
        if (parsed.event() != null) {
            try {
                Event saved = organizing.create(staff.workspaceId(), parsed.event());
                audit.record(staff, "events.create", "\"" + saved.title() + "\" (" + saved.id() + ")");
                return "redirect:/admin/events/" + saved.id();
            } catch (InvalidEventException e) {
                problems = problems(e);
            }
        }
        response.setStatus(422);
        return form(model, form, null, context.translate(problems, locale), parsed.folds(), context.zone(staff));
    }

    @GetMapping("/admin/events/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String done, HttpServletRequest request, Model model) {
        Event e = context.find(staff, id);
        String path = "/" + staff.workspaceSlug() + "/events/" + e.slug();
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        model.addAttribute("event", e);
        model.addAttribute("publicUrl", url);
        model.addAttribute("embedCode", "<script src=\"" + url + "/embed.js\" async></script>");
        model.addAttribute("registered", registrations.count(staff.workspaceId(), id, RegistrationStatus.REGISTERED));
        model.addAttribute("waitlisted", registrations.count(staff.workspaceId(), id, RegistrationStatus.WAITLISTED));
        model.addAttribute("asked", registrations.askedCount(staff.workspaceId(), id));
        model.addAttribute("coHosts", coHosts.of(staff.workspaceId(), id));
        Hosting hosting = hostings.find(staff.workspaceId(), id).orElse(null);
        model.addAttribute("host", hosting == null || hosting.personId() == null ? null
                : people.find(staff.workspaceId(), hosting.personId()).orElse(null));
        model.addAttribute("newLinkAction", model.getAttribute("host") != null
                && hosting.status() == Hosting.Status.APPROVED ? "/admin/event-campaigns/" + hosting.campaignId()
                + "/offers/" + id + "/new-link" : null);
        model.addAttribute("linkSent", "link-sent".equals(done));
        model.addAttribute("waitingIn", hosting != null && hosting.status() == Hosting.Status.PENDING
                ? hosting.campaignId() : null);
        return "events/show";
    }

    @GetMapping("/admin/events/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Event e = context.find(staff, id);
        return form(model, EventForm.of(e), e, Map.of(), Map.of(), context.zone(staff));
    }

    @PostMapping("/admin/events/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        Event old = context.find(staff, id);
        EventForm form = EventForm.from(input);
        EventForm.Parsed parsed = form.toEvent(old, locale);
        Map<String, Msg> problems = parsed.problems();
        if (parsed.event() != null) {
            try {
                Event saved = organizing.update(old, parsed.event());
                audit.record(staff, "events.update", "\"" + saved.title() + "\" (" + saved.id() + ")");
                return "redirect:/admin/events/" + id;
            } catch (InvalidEventException e) {
                problems = problems(e);
            }
        }
        response.setStatus(422);
        return form(model, form, old, context.translate(problems, locale), parsed.folds(), context.zone(staff));
    }

    @PostMapping("/admin/events/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        Event e = context.find(staff, id);
        EventStatus next = EventStatus.parse(status).orElseThrow(StaffEvents::notFound);
        if (next != e.status()) {
            organizing.setStatus(e, next);
            audit.record(staff, "events.status", "\"" + e.title() + "\" (" + e.id() + ") is now " + next.wire());
        }
        return "redirect:/admin/events/" + id;
    }

    private static Map<String, Msg> problems(InvalidEventException e) {
        Map<String, Msg> problems = new java.util.LinkedHashMap<>();
        e.problems().forEach((field, p) -> problems.put(field, Msg.of("events.error." + p.key(), p.limit())));
        return problems;
    }

    private String form(Model model, EventForm form, Event existing, Map<String, String> problems,
            Map<String, List<String>> folds, String workspaceZone) {
        model.addAttribute("form", form);
        model.addAttribute("event", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("folds", folds);
        model.addAttribute("zones", ZoneChoices.with(form.timeZone(), workspaceZone));
        return "events/form";
    }
}
