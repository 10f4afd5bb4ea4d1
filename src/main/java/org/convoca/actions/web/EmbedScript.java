package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The script tag other sites paste: it puts an iframe of an action's {@code /embed} page where it stands and lets
 * that page size the frame. Shared by every action that embeds.
 */
public final class EmbedScript {

    private EmbedScript() {
    }

    /** The script for the action whose public page is at {@code path}, such as {@code /acme/forms/survey}. */
    public static ResponseEntity<String> answer(JsonMapper json, HttpServletRequest request, String path,
            String language, String title) {
        return answer(json, request, path, language, title, "56rem");
    }

    /**
     * The script for the action whose public page is at {@code path}, which browsers may keep five minutes.
     *
     * @param height the frame's height until the page says its own, for pages longer than most
     */
    public static ResponseEntity<String> answer(JsonMapper json, HttpServletRequest request, String path,
            String language, String title, String height) {
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(of(json, origin + path + "/embed?lang=" + language, title, origin, height));
    }

    /** The script for a frame of {@code src}, titled {@code title}, trusting size messages only from {@code origin}. */
    private static String of(JsonMapper json, String src, String title, String origin, String height) {
        return """
                (function () {
                  var here = document.currentScript, frame = document.createElement('iframe');
                  frame.src = %s;
                  frame.title = %s;
                  frame.loading = 'lazy';
                  frame.style.cssText = 'width:100%%;max-width:40rem;height:%s;border:0;display:block';
                  here.parentNode.insertBefore(frame, here);
                  window.addEventListener('message', function (e) {
                    if (e.origin === %s && e.source === frame.contentWindow && e.data && e.data.convocaHeight > 0) {
                      frame.style.height = Math.min(e.data.convocaHeight, 10000) + 'px';
                    }
                  });
                })();
                """.formatted(js(json, src), js(json, title), height, js(json, origin));
    }

    /** A JavaScript string literal; {@code <} is escaped too, so no value can close a script element. */
    private static String js(JsonMapper json, String value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
