package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration form for other sites: {@code embed.js}, a script tag that puts an iframe of {@code /embed}
 * where it stands, and that page itself, which other sites may frame (and only it; see
 * {@link PublicEventsSecurity}).
 */
@Controller
@RequestMapping(EventPageController.PATH)
class EventEmbedController {

    private final PublicEventPages pages;
    private final PublicEvents events;
    private final JsonMapper json;

    EventEmbedController(PublicEventPages pages, PublicEvents events, JsonMapper json) {
        this.pages = pages;
        this.events = events;
        this.json = json;
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicEvents.Found f = events.find(workspace, slug);
        String language = PublicEvents.language(f.event(), lang, locale);
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String src = origin + "/" + f.workspace().slug() + "/events/" + f.event().slug() + "/embed?lang=" + language;
        String script = """
                (function () {
                  var here = document.currentScript, frame = document.createElement('iframe');
                  frame.src = %s;
                  frame.title = %s;
                  frame.loading = 'lazy';
                  frame.style.cssText = 'width:100%%;max-width:40rem;height:48rem;border:0;display:block';
                  here.parentNode.insertBefore(frame, here);
                  window.addEventListener('message', function (e) {
                    if (e.origin === %s && e.source === frame.contentWindow && e.data && e.data.convocaHeight > 0) {
                      frame.style.height = Math.min(e.data.convocaHeight, 10000) + 'px';
                    }
                  });
                })();
                """.formatted(js(src), js(f.event().text(language).title()), js(origin));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(script);
    }

    @GetMapping("/embed")
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String tz, Locale locale,
            HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, tz, locale, true, request, model);
    }

    @PostMapping("/embed")
    String register(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.submit(workspace, slug, lang, locale, true, false, request, response, model);
    }

    @GetMapping("/embed/thanks")
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String s, Locale locale,
            HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, s, locale, true, request, model);
    }

    /** A JavaScript string literal; {@code <} is escaped too, so no value can close a script element. */
    private String js(String value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
