package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.convoca.actions.PetitionImages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public petition page at {@code /{workspace}/petitions/{slug}}: read, sign, be thanked, watch the count; and
 * for other sites {@code embed.js}, a script tag that puts an iframe of {@code /embed} where it stands, which other
 * sites may frame (and only it; see {@link PublicPagesSecurity}).
 */
@Controller
@RequestMapping(PetitionPageController.PATH)
class PetitionPageController extends SigningPagesController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/petitions/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicPages pages;
    private final PublicPetitions petitions;
    private final PetitionImages images;
    private final JsonMapper json;

    PetitionPageController(PublicPages pages, PublicPetitions petitions, PetitionImages images, JsonMapper json) {
        super(pages);
        this.pages = pages;
        this.petitions = petitions;
        this.images = images;
        this.json = json;
    }

    /** The live counter, polled by the page. */
    @GetMapping("/count")
    String count(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.counter(workspace, slug, lang, locale, request, model);
    }

    @GetMapping("/image")
    ResponseEntity<byte[]> image(@PathVariable String workspace, @PathVariable String slug) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        PetitionImages.Image image = images.find(f.workspace().id(), f.petition().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(image.content());
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, locale);
        return EmbedScript.answer(json, request, "/" + f.workspace().slug() + "/petitions/" + f.petition().slug(),
                language, f.petition().text(language).title());
    }
}
