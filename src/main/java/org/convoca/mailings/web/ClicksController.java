package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.Optional;
import org.convoca.mailings.Clicks;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The addresses of a tracked newsletter's links and open pixel. A click is recorded and answered with a redirect
 * to the link's address as stored when the mailing started; a token that is not ours gets a page saying so, and
 * no redirect. No cookie, no sign-in: the signed token is all there is.
 */
@Controller
class ClicksController {

    /** The smallest transparent GIF: 43 bytes. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    private final Clicks clicks;
    private final MessageSource messages;

    ClicksController(Clicks clicks, MessageSource messages) {
        this.clicks = clicks;
        this.messages = messages;
    }

    @GetMapping("/t/c/{token}")
    String click(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<String> target = clicks.click(token);
        if (target.isEmpty()) {
            return NewsletterLinksController.invalid(messages, model, response);
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", target.get());
        response.setHeader("Cache-Control", "no-store");
        return null;
    }

    @GetMapping("/t/o/{file}")
    @ResponseBody
    ResponseEntity<byte[]> open(@PathVariable String file) {
        if (!file.endsWith(".gif") || !clicks.open(file.substring(0, file.length() - 4))) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_GIF)
                .cacheControl(CacheControl.noStore().mustRevalidate())
                .header("Pragma", "no-cache")
                .header("Expires", "0")
                .body(PIXEL);
    }
}
