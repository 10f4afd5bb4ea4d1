package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public petition page at {@code /{workspace}/petitions/{slug}}: read, sign, be thanked, watch the count. */
@Controller
@RequestMapping(PetitionPageController.PATH)
class PetitionPageController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/petitions/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicPages pages;
    private final PublicPetitions petitions;
    private final PetitionImages images;

    PetitionPageController(PublicPages pages, PublicPetitions petitions, PetitionImages images) {
        this.pages = pages;
        this.petitions = petitions;
        this.images = images;
    }

    @GetMapping
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, locale, false, request, model);
    }

    @PostMapping
    String sign(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.sign(workspace, slug, lang, locale, false, request, response, model);
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, locale, false, request, model);
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
}
