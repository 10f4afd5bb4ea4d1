package org.convoca.mailings.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.convoca.mailings.MailingImages;
import org.convoca.mailings.MailingRules;
import org.convoca.mailings.Previews;
import org.convoca.shared.Ids;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The "view in your browser" version of a newsletter that went out, and the pictures newsletters show. */
@RestController
class PublicNewsletterController {

    private final Previews previews;
    private final MailingImages images;

    PublicNewsletterController(Previews previews, MailingImages images) {
        this.previews = previews;
        this.images = images;
    }

    @GetMapping("/{slug}/newsletters/{id}")
    ResponseEntity<String> webVersion(@PathVariable String slug, @PathVariable String id,
            @RequestParam(defaultValue = "en") String lang, @RequestParam(defaultValue = "") String r) {
        UUID mailing = Ids.parse(id).orElseThrow(PublicNewsletterController::notFound);
        String language = MailingRules.LANGUAGES.contains(lang) ? lang : "en";
        String html = previews.webVersion(slug, mailing, language, r).orElseThrow(PublicNewsletterController::notFound);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self' https: data:; "
                        + "style-src 'unsafe-inline'; frame-ancestors 'none'")
                .cacheControl(CacheControl.noStore())
                .body(html);
    }

    @GetMapping("/{slug}/newsletter-images/{id}")
    ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable String id) {
        UUID image = Ids.parse(id).orElseThrow(PublicNewsletterController::notFound);
        MailingImages.Image found = images.find(slug, image).orElseThrow(PublicNewsletterController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
                .body(found.content());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
