package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.web.EmbedScript;
import org.convoca.actions.web.PublicActionPages;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public letter page at {@code /{workspace}/letters/{slug}} and its embedded twin at {@code .../embed}: the
 * writer says where they live, sees whom the letter goes to, edits it if they like, and sends it.
 */
@Controller
@RequestMapping(LetterPageController.PATH)
class LetterPageController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/letters/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicLetters letters;
    private final PublicWriting writing;
    private final MessageSource messages;
    private final JsonMapper json;

    LetterPageController(PublicLetters letters, PublicWriting writing, MessageSource messages, JsonMapper json) {
        this.letters = letters;
        this.writing = writing;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping({"", "/embed"})
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(name = "postal_code", required = false)
            String postalCode, @RequestParam(required = false) String region, Locale locale,
            HttpServletRequest request, Model model) {
        PublicLetters.Found f = letters.find(workspace, slug);
        String language = PublicLetters.language(f.campaign(), lang, locale);
        String p = bounded(postalCode);
        String r = bounded(region);
        LetterView view = letters.view(f, language, p, r, PublicActionPages.embedded(request), request);
        return page(model, view, LetterEntry.suggested(view.text(), p, r), Map.of(), null);
    }

    @PostMapping({"", "/embed"})
    String write(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PublicLetters.Found f = letters.find(workspace, slug);
        String language = PublicLetters.language(f.campaign(), lang, locale);
        boolean tooLarge = request.getContentLengthLong() > LetterEntry.MAX_BYTES;
        LetterEntry entry = tooLarge ? LetterEntry.suggested(f.campaign().text(language), "", "")
                : LetterEntry.from(request);
        LetterView view = letters.view(f, language, bounded(entry.postalCode()), bounded(entry.region()),
                PublicActionPages.embedded(request), request);
        PublicWriting.Outcome outcome = writing.write(f, view, entry, request);
        if (outcome.kind() == PublicWriting.Kind.SENT) {
            return PublicActionPages.thanks(view.path(), view.embed(), view.language());
        }
        PublicActionPages.refuse(response, switch (outcome.kind()) {
            case INVALID, NO_TARGETS -> 422;
            case TOO_LARGE -> 413;
            case LIMITED -> 429;
            default -> HttpServletResponse.SC_CONFLICT;
        });
        return page(model, view, outcome.entry(), outcome.problems(),
                PublicActionPages.notice("letters.write.", outcome.kind()));
    }

    @GetMapping({"/thanks", "/embed/thanks"})
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        PublicLetters.Found f = letters.find(workspace, slug);
        LetterView view = letters.view(f, PublicLetters.language(f.campaign(), lang, locale), "", "",
                PublicActionPages.embedded(request), request);
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        return "letters/thanks";
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicLetters.Found f = letters.find(workspace, slug);
        String language = PublicLetters.language(f.campaign(), lang, locale);
        // A letter page is longer than other actions' (targets, the letter itself), so its frame starts taller.
        return EmbedScript.answer(json, request, "/" + f.workspace().slug() + "/letters/" + f.campaign().slug(),
                language, f.campaign().text(language).title(), "64rem");
    }

    /** A place as typed into the address or the form, cut to a size no real one exceeds. */
    private static String bounded(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) : s;
    }

    private String page(Model model, LetterView view, LetterEntry entry, Map<String, String> problems,
            String notice) {
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        model.addAttribute("entry", entry);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "letters/public";
    }

    private Ui ui(LetterView view) {
        return PublicActionPages.ui(messages, view.language(), view.path());
    }
}
