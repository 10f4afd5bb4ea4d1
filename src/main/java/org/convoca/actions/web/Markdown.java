package org.convoca.actions.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Staff write petition texts in Markdown, and the API may send HTML: either way what reaches a page is rendered
 * and then cleaned down to text formatting and links, so no script, style, frame or event handler survives.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private Markdown() {
    }

    /** Safe HTML for a page; jte must output it unescaped ({@code $unsafe}), which is why it is cleaned here. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
    }
}
