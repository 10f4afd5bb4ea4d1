package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convoca.events.CalendarFile;
import org.convoca.events.EventImages;
import org.convoca.events.Registering;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.convoca.events.Registration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public event page at {@code /{workspace}/events/{slug}}: read, register or ask to hear when registration
 * opens, be thanked, cancel from the emailed link, see the times in one's own zone, add it to a calendar.
 */
@Controller
@RequestMapping(EventPageController.PATH)
class EventPageController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/events/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicEventPages pages;
    private final PublicEvents events;
    private final Registering registering;
    private final EventImages images;

    EventPageController(PublicEventPages pages, PublicEvents events, Registering registering, EventImages images) {
        this.images = images;
        this.pages = pages;
        this.events = events;
        this.registering = registering;
    }

    @GetMapping
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String tz, Locale locale,
            HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, tz, locale, false, request, model);
    }

    @PostMapping
    String register(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.submit(workspace, slug, lang, locale, false, false, request, response, model);
    }

    @PostMapping("/notify")
    String notifyMe(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.submit(workspace, slug, lang, locale, false, true, request, response, model);
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String s, Locale locale,
            HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, s, locale, false, request, model);
    }

    /** The span in the reader's zone, as plain text, for the page's script; empty when it is the event's. */
    @GetMapping("/times")
    ResponseEntity<String> times(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String tz, Locale locale) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, locale);
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(events.viewerTimes(f.event(), PublicEvents.zone(tz), Locale.forLanguageTag(language))
                        .orElse(""));
    }

    /**
     * The page the cancel link opens. It only asks: mail scanners follow links, and a click they make must not
     * cancel anyone's seat.
     */
    @GetMapping("/cancel")
    String askToCancel(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String token, @RequestParam(required = false) String lang,
            Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
        return cancelPage(workspace, slug, token, lang, locale, request, response, model, false);
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String token, @RequestParam(required = false) String lang,
            Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
        return cancelPage(workspace, slug, token, lang, locale, request, response, model, true);
    }

    private String cancelPage(String workspace, String slug, String token, String lang, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model, boolean confirm) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, locale);
        Optional<Registration> r = confirm ? registering.cancel(f.event(), token)
                : registering.findByToken(f.event(), token);
        EventPage view = events.view(f, language, false, null, request);
        model.addAttribute("ui", pages.ui(language, view.path()));
        model.addAttribute("view", view);
        model.addAttribute("token", r.isPresent() ? token : "");
        model.addAttribute("state", r.isEmpty() ? "unknown" : !r.get().isActive() ? "cancelled" : "active");
        if (r.isEmpty()) {
            response.setStatus(404);
        }
        return "events/cancel";
    }

    /** The event for a calendar, without the join link, which only registrants get. */
    @GetMapping("/event.ics")
    ResponseEntity<String> calendar(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, locale);
        EventPage view = events.view(f, language, false, null, request);
        String ics = CalendarFile.of("PUBLISH", null, List.of(Feeds.entry(view.event(), view.text(), view.url())),
                Instant.now());
        return ResponseEntity.ok().contentType(Feeds.CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + f.event().slug() + ".ics\"").body(ics);
    }

    @GetMapping("/image")
    ResponseEntity<byte[]> image(@PathVariable String workspace, @PathVariable String slug) {
        PublicEvents.Found f = events.find(workspace, slug);
        EventImages.Image image = images.find(f.workspace().id(), f.event().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(image.content());
    }
}
