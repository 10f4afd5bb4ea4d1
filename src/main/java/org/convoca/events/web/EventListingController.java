package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convoca.events.CalendarFile;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.EventLinks;
import org.convoca.events.Events;
import org.convoca.workspace.Workspace;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A workspace's public events, upcoming and past, as a page and as a calendar feed to subscribe to. */
@Controller
class EventListingController {

    static final int UPCOMING = 50;
    static final int PAST = 20;
    static final String WORKSPACE = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}";

    private final PublicEvents publicEvents;
    private final Events events;
    private final PublicEventPages pages;

    EventListingController(PublicEvents publicEvents, Events events, PublicEventPages pages) {
        this.publicEvents = publicEvents;
        this.events = events;
        this.pages = pages;
    }

    @GetMapping(WORKSPACE + "/events")
    String listing(@PathVariable String workspace, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
        Workspace w = publicEvents.workspace(workspace);
        String language = lang != null && EventLimits.LANGUAGES.contains(lang) ? lang
                : EventLimits.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : w.defaultLanguage();
        long n = StaffEvents.pageNumber(page);
        Instant now = Instant.now();
        List<Event> past = events.past(w.id(), now, (n - 1) * PAST, PAST + 1);
        String path = "/" + w.slug() + "/events";
        model.addAttribute("ui", pages.ui(language, path));
        model.addAttribute("workspaceName", w.name());
        model.addAttribute("path", path);
        model.addAttribute("language", language);
        model.addAttribute("upcoming", n == 1 ? events.upcoming(w.id(), now, 0, UPCOMING) : List.of());
        model.addAttribute("past", past.subList(0, Math.min(PAST, past.size())));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", past.size() > PAST);
        return "events/listing";
    }

    @GetMapping(WORKSPACE + "/events.ics")
    ResponseEntity<String> feed(@PathVariable String workspace, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Workspace w = publicEvents.workspace(workspace);
        String language = lang != null && EventLimits.LANGUAGES.contains(lang) ? lang : w.defaultLanguage();
        Instant now = Instant.now();
        List<Event> shown = new ArrayList<>(events.upcoming(w.id(), now, 0, UPCOMING));
        shown.addAll(events.past(w.id(), now, 0, PAST));
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        List<CalendarFile.Entry> entries = shown.stream()
                .map(e -> Feeds.entry(e, e.text(language), base + EventLinks.path(w, e))).toList();
        return ResponseEntity.ok().contentType(Feeds.CALENDAR)
                .body(CalendarFile.of("PUBLISH", w.name(), entries, now));
    }
}
