package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
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
 * The petition form for other sites: {@code embed.js}, a script tag that puts an iframe of {@code /embed} where
 * it stands, and that page itself, which other sites may frame (and only it; see {@link PublicPagesSecurity}).
 */
@Controller
@RequestMapping(PetitionPageController.PATH)
class EmbedController {

    private final PublicPages pages;
    private final PublicPetitions petitions;
    private final JsonMapper json;

    EmbedController(PublicPages pages, PublicPetitions petitions, JsonMapper json) {
        this.pages = pages;
        this.petitions = petitions;
        this.json = json;
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, locale);
        return EmbedScript.answer(json, request, "/" + f.workspace().slug() + "/petitions/" + f.petition().slug(),
                language, f.petition().text(language).title());
    }

    @GetMapping("/embed")
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, locale, true, request, model);
    }

    @PostMapping("/embed")
    String sign(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.sign(workspace, slug, lang, locale, true, request, response, model);
    }

    @GetMapping("/embed/thanks")
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, locale, true, request, model);
    }
}
