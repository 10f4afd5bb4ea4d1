package org.convoca.events.campaign;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.EventText;
import org.convoca.events.Events;
import org.convoca.events.InvalidEventException;
import org.convoca.events.Organizing;
import org.convoca.events.Registrant;
import org.convoca.events.Registrations;
import org.convoca.events.details.EventDetails;
import org.convoca.events.web.EventForm;
import org.convoca.events.web.Msg;
import org.convoca.events.web.ZoneChoices;
import org.convoca.shared.CsvCells;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a supporter hosting an approved event does through the link they were emailed, with no account: see their
 * event and who registered (for that event only), download the list, change the description, time or place
 * (registrants are told of a new time or place, as when staff change it), and cancel. The link is the credential:
 * one that does not open an approved offer of this workspace gets a plain "link not valid" page.
 */
@Controller
class HostLinkController {

    static final int PAGE = 100;
    private static final String BASE = "/{workspace}/event-hosts/{token}";

    /** An approved offer opened by its link, with its workspace and event. */
    record Opened(Workspace workspace, Hosting hosting, Event event, String path) {
    }

    private final Workspaces workspaces;
    private final Hostings hostings;
    private final Events events;
    private final Registrations registrations;
    private final Organizing organizing;
    private final EventDetails details;
    private final HostingController pages;

    HostLinkController(Workspaces workspaces, Hostings hostings, Events events, Registrations registrations,
            Organizing organizing, EventDetails details, HostingController pages) {
        this.workspaces = workspaces;
        this.hostings = hostings;
        this.events = events;
        this.registrations = registrations;
        this.organizing = organizing;
        this.details = details;
        this.pages = pages;
    }

    @GetMapping(BASE)
    String show(@PathVariable String workspace, @PathVariable String token, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String done, Model model, HttpServletResponse response) {
        Opened o = open(workspace, token);
        if (o == null) {
            return missing(model, response);
        }
        long n = page.matches("[1-9][0-9]{0,5}") ? Long.parseLong(page) : 1;
        List<Registrant> found = registrations.page(o.workspace().id(), o.event().id(), (n - 1) * PAGE, PAGE + 1);
        String language = o.hosting().language();
        model.addAttribute("ui", pages.ui(language, o.path()));
        model.addAttribute("workspaceName", o.workspace().name());
        model.addAttribute("language", language);
        model.addAttribute("event", o.event());
        model.addAttribute("path", o.path());
        model.addAttribute("publicPath", "/" + o.workspace().slug() + "/events/" + o.event().slug());
        model.addAttribute("registrants", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("done", done.equals("saved") || done.equals("cancelled") ? done : "");
        return "events/campaign/host-manage";
    }

    @GetMapping(BASE + "/registrations.csv")
    void csv(@PathVariable String workspace, @PathVariable String token, HttpServletResponse response)
            throws IOException {
        Opened o = open(workspace, token);
        if (o == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"registrations-" + o.event().slug()
                + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (CsvWriter csv = CsvWriter.builder().build(response.getOutputStream(), StandardCharsets.UTF_8)) {
            csv.writeRecord("registered_at", "name", "email", "status");
            for (long offset = 0; ; offset += 1000) {
                List<Registrant> rows = registrations.page(o.workspace().id(), o.event().id(), offset, 1000);
                rows.forEach(r -> csv.writeRecord(DateTimeFormatter.ISO_INSTANT.format(r.registration().createdAt()),
                        CsvCells.safe(r.name()), CsvCells.safe(r.email()), r.registration().status().wire()));
                if (rows.size() < 1000) {
                    break;
                }
            }
        }
    }

    @GetMapping(BASE + "/edit")
    String edit(@PathVariable String workspace, @PathVariable String token, Model model,
            HttpServletResponse response) {
        Opened o = open(workspace, token);
        if (o == null) {
            return missing(model, response);
        }
        return form(model, o, HostForm.of(o.event(), details.of(o.workspace().id(), o.event().id()),
                o.hosting().language()), Map.of(), Map.of(), null);
    }

    @PostMapping(BASE + "/edit")
    String save(@PathVariable String workspace, @PathVariable String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Opened o = open(workspace, token);
        if (o == null) {
            return missing(model, response);
        }
        String language = o.hosting().language();
        if (request.getContentLengthLong() > HostForm.MAX_BYTES) {
            response.setStatus(413);
            return form(model, o, HostForm.of(o.event(), details.of(o.workspace().id(), o.event().id()), language),
                    Map.of(), Map.of(), "events.host.too-large");
        }
        HostForm form = HostForm.from(request, language);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Msg> problems = new LinkedHashMap<>(form.placeProblems());
        EventForm.Parsed parsed = form.toEvent(o.event(), locale);
        parsed.problems().forEach(problems::putIfAbsent);
        if (problems.isEmpty()) {
            try {
                changed(o, form, parsed.event());
                return "redirect:" + o.path() + "?done=saved";
            } catch (InvalidEventException x) {
                x.problems().forEach((field, p) -> problems.put(field, Msg.of("events.error." + p.key(), p.limit())));
            }
        }
        response.setStatus(422);
        return form(model, o, form, pages.translate(problems, locale), parsed.folds(), "events.host.invalid");
    }

    @PostMapping(BASE + "/cancel")
    String cancel(@PathVariable String workspace, @PathVariable String token, Model model,
            HttpServletResponse response) {
        Opened o = open(workspace, token);
        if (o == null) {
            return missing(model, response);
        }
        if (o.event().status() != EventStatus.CANCELLED) {
            organizing.setStatus(o.event(), EventStatus.CANCELLED);
        }
        return "redirect:" + o.path() + "?done=cancelled";
    }

    /** Saves what the host may change, keeping the rest (other languages, questions, zones) as staff left it. */
    private void changed(Opened o, HostForm form, Event parsed) {
        Event e = o.event();
        Map<String, EventText> texts = new LinkedHashMap<>(e.texts());
        EventText was = e.text(form.language());
        texts.put(form.language(), new EventText(form.language(), parsed.text(form.language()).title(),
                parsed.text(form.language()).description(), was.imageAlt()));
        organizing.update(e, new Event(e.id(), e.workspaceId(), e.slug(), e.status(), e.visibility(),
                e.defaultLanguage(), parsed.startsAt(), parsed.endsAt(), parsed.timeZone(), e.extraZones(),
                parsed.joinUrl(), parsed.address(), parsed.capacity(), e.registrationOpensAt(), e.reminderMinutes(),
                e.sequence(), e.hasImage(), texts, e.questions(), e.createdAt(), e.modifiedAt()));
        details.save(e.workspaceId(), e.id(), form.details());
    }

    private String form(Model model, Opened o, HostForm form, Map<String, String> problems,
            Map<String, List<String>> folds, String notice) {
        String language = o.hosting().language();
        model.addAttribute("ui", pages.ui(language, o.path() + "/edit"));
        model.addAttribute("workspaceName", o.workspace().name());
        model.addAttribute("campaignTitle", "");
        model.addAttribute("language", language);
        model.addAttribute("action", o.path() + "/edit");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("folds", folds);
        model.addAttribute("zones", ZoneChoices.with(form.timeZone(), o.event().timeZone()));
        model.addAttribute("consent", "");
        model.addAttribute("notice", notice);
        model.addAttribute("editing", true);
        return "events/campaign/host-form";
    }

    private Opened open(String workspace, String token) {
        Workspace w = workspace.length() > 100 ? null : workspaces.findBySlug(workspace).orElse(null);
        Hosting h = w == null ? null : hostings.findByToken(w.id(), token).orElse(null);
        Event e = h == null ? null : events.find(w.id(), h.eventId()).orElse(null);
        return e == null ? null : new Opened(w, h, e, HostMail.managePath(w, token));
    }

    private String missing(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("en", pages.ui("en", "/"));
        model.addAttribute("es", pages.ui("es", "/"));
        response.setHeader("Cache-Control", "no-store");
        return "events/campaign/host-missing";
    }
}
