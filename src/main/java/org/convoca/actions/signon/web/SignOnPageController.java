package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.convoca.actions.web.EmbedScript;
import org.convoca.actions.web.SigningPagesController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public letter at {@code /{workspace}/sign-on/{slug}}: read, sign, be thanked, watch the signatories, and
 * the same form for other sites ({@code embed.js} and the framable {@code /embed} page).
 */
@Controller
@RequestMapping("/{workspace:[a-z0-9][a-z0-9-]{0,62}}/sign-on/{slug:[a-z0-9][a-z0-9-]{0,79}}")
class SignOnPageController extends SigningPagesController {

    private final LetterPages pages;
    private final PublicSignOnLetters letters;
    private final JsonMapper json;

    SignOnPageController(LetterPages pages, PublicSignOnLetters letters, JsonMapper json) {
        super(pages);
        this.pages = pages;
        this.letters = letters;
        this.json = json;
    }

    /** The signatory list alone, polled by the page so it stays current. */
    @GetMapping("/signatories")
    String signatories(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.signatories(workspace, slug, lang, locale, request, model);
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        String language = PublicSignOnLetters.language(f.letter(), lang, locale);
        return EmbedScript.answer(json, request, "/" + f.workspace().slug() + "/sign-on/" + f.letter().slug(),
                language, f.letter().text(language).title());
    }
}
