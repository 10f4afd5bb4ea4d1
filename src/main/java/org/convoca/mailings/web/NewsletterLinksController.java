package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.convoca.mailings.MailingRules;
import org.convoca.mailings.Subscriptions;
import org.convoca.shared.Ids;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unsubscribe and preference pages, in the reader's language. A POST to the unsubscribe address unsubscribes at
 * once, whoever sends it: the reader's button, or their mail program's one-click request (RFC 8058). A GET only
 * asks, since link scanners open every link in a message.
 */
@Controller
class NewsletterLinksController {

    private final Subscriptions subscriptions;
    private final MessageSource messages;

    NewsletterLinksController(Subscriptions subscriptions, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.messages = messages;
    }

    @GetMapping("/{slug}/unsubscribe/{token}")
    String ask(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        return subscriptions.reader(slug, token)
                .map(r -> page(model, r, token, "mailings/unsubscribe", false, false))
                .orElseGet(() -> invalid(model, response));
    }

    @PostMapping("/{slug}/unsubscribe/{token}")
    String unsubscribe(@PathVariable String slug, @PathVariable String token, Model model,
            HttpServletResponse response) {
        return subscriptions.unsubscribe(slug, token)
                .flatMap(r -> subscriptions.reader(slug, token))
                .map(r -> page(model, r, token, "mailings/preferences", true, false))
                .orElseGet(() -> invalid(model, response));
    }

    @GetMapping("/{slug}/preferences/{token}")
    String preferences(@PathVariable String slug, @PathVariable String token, Model model,
            HttpServletResponse response) {
        return subscriptions.reader(slug, token)
                .map(r -> page(model, r, token, "mailings/preferences", false, false))
                .orElseGet(() -> invalid(model, response));
    }

    @PostMapping("/{slug}/preferences/{token}")
    String save(@PathVariable String slug, @PathVariable String token,
            @RequestParam(name = "list", required = false) List<String> kept,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "false") String subscribed, Model model, HttpServletResponse response) {
        Optional<Subscriptions.Reader> reader = subscriptions.reader(slug, token);
        if (reader.isEmpty()) {
            return invalid(model, response);
        }
        Set<UUID> lists = new HashSet<>();
        if (kept != null) {
            kept.stream().limit(1000).map(Ids::parse).flatMap(Optional::stream).forEach(lists::add);
        }
        Subscriptions.Reader saved = subscriptions.save(reader.get(), lists, language.strip(),
                subscribed.equals("true") || subscribed.equals("on"));
        return page(model, saved, token, "mailings/preferences", false, true);
    }

    private String page(Model model, Subscriptions.Reader r, String token, String view, boolean unsubscribed, boolean saved) {
        model.addAttribute("ui", ui(r.person().language(), r.workspace().defaultLanguage()));
        String base = "/" + r.workspace().slug();
                model.addAttribute("page", new ReaderPage(base + "/unsubscribe/" + token, base + "/preferences/" + token,
                r.workspace().name(), mask(r.person().email()),
                r.person().emailStatus().wire(), r.person().language().startsWith("es") ? "es" : "en",
                subscriptions.listsOf(r), unsubscribed, saved));
        return view;
    }

    private String invalid(Model model, HttpServletResponse response) {
        return invalid(messages, model, response);
    }

    /** The page for a link whose token is not one of ours: 404, and nothing happens. */
    static String invalid(MessageSource messages, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("ui", ui(messages, "", "en"));
        return "mailings/link-invalid";
    }

    private Ui ui(String language, String fallback) {
        return ui(messages, language, fallback);
    }

    private static Ui ui(MessageSource messages, String language, String fallback) {
        String lang = language.startsWith("es") ? "es" : language.startsWith("en") ? "en"
                : MailingRules.LANGUAGES.contains(fallback) ? fallback : "en";
        return new Ui(messages, Locale.forLanguageTag(lang), "_csrf", "X-CSRF-TOKEN", "", null, "");
    }

    /** {@code a•••@example.org}: enough for the reader to recognize, little for someone a message was forwarded to. */
    static String mask(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
