package org.convoca.actions.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * The script tag other sites paste: it puts an iframe of an action's {@code /embed} page where it stands and lets
 * that page size the frame. Shared by every action that embeds.
 */
public final class EmbedScript {

    private EmbedScript() {
    }

    /** The script for a frame of {@code src}, titled {@code title}, trusting size messages only from {@code origin}. */
    public static String of(JsonMapper json, String src, String title, String origin) {
        return """
                (function () {
                  var here = document.currentScript, frame = document.createElement('iframe');
                  frame.src = %s;
                  frame.title = %s;
                  frame.loading = 'lazy';
                  frame.style.cssText = 'width:100%%;max-width:40rem;height:56rem;border:0;display:block';
                  here.parentNode.insertBefore(frame, here);
                  window.addEventListener('message', function (e) {
                    if (e.origin === %s && e.source === frame.contentWindow && e.data && e.data.convocaHeight > 0) {
                      frame.style.height = Math.min(e.data.convocaHeight, 10000) + 'px';
                    }
                  });
                })();
                """.formatted(js(json, src), js(json, title), js(json, origin));
    }

    /** A JavaScript string literal; {@code <} is escaped too, so no value can close a script element. */
    private static String js(JsonMapper json, String value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
