package org.convoca.shared.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Staff-written Markdown made safe for a page or an email: rendered, then cleaned down to text formatting and
 * links, so no script, style, frame or event handler survives.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeMarkdown() {
    }

    /** Safe HTML; a template must output it unescaped ({@code $unsafe}), which is why it is cleaned here. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
    }

    /** The text alone, for plain-text mail and calendar files. */
    public static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).wholeText().strip();
    }
}
