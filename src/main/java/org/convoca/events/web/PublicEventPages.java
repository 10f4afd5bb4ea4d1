package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the public event pages, whole or embedded, in the event's language rather than the staff pages' one,
 * and answers a registration attempt with the page or the status that fits its outcome.
 */
@Component
class PublicEventPages {

    private final PublicEvents events;
    private final PublicRegistering registering;
    private final MessageSource messages;

    PublicEventPages(PublicEvents events, PublicRegistering registering, MessageSource messages) {
        this.events = events;
        this.registering = registering;
        this.messages = messages;
    }

    String page(String workspace, String slug, String lang, String tz, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, reader);
        return form(model, events.view(f, language, embed, tz, request), RegisterForm.empty(), Map.of(), null);
    }

    String submit(String workspace, String slug, String lang, Locale reader, boolean embed, boolean saveTheDate,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, reader);
        PublicRegistering.Outcome outcome = registering.submit(f, language, request, embed, saveTheDate);
        EventPage view = events.view(f, language, embed, null, request);
        switch (outcome.kind()) {
            case REGISTERED, WAITLISTED, ASKED -> {
                return "redirect:" + view.path() + (embed ? "/embed" : "") + "/thanks?lang=" + language + "&s="
                        + outcome.kind().name().toLowerCase(Locale.ROOT);
            }
            case LIMITED -> {
                response.setStatus(429);
                response.setHeader("Retry-After", "60");
            }
            case INVALID -> response.setStatus(422);
            case TOO_LARGE -> response.setStatus(413);
            default -> response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return form(model, view, outcome.form(), outcome.problems(),
                "events.register." + outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String thanks(String workspace, String slug, String lang, String s, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, reader);
        EventPage view = events.view(f, language, embed, null, request);
        model.addAttribute("ui", ui(language, view.path()));
        model.addAttribute("view", view);
        model.addAttribute("kind", switch (s == null ? "" : s) {
            case "waitlisted" -> "waitlisted";
            case "asked" -> "asked";
            default -> "registered";
        });
        return "events/thanks";
    }

    private String form(Model model, EventPage view, RegisterForm form, Map<String, String> problems, String notice) {
        model.addAttribute("ui", ui(view.language(), view.path()));
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "events/page";
    }

    /** Public pages carry no session, so no CSRF token and no one signed in; only the texts and the language. */
    Ui ui(String language, String path) {
        return new Ui(messages, Locale.forLanguageTag(language), "_csrf", "X-CSRF-TOKEN", "", null, path);
    }
}
