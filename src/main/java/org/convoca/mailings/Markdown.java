package org.convoca.mailings;

import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Text blocks: Markdown to email-safe HTML (raw HTML escaped, links limited to web and mail addresses, then
 * cleaned by an allowlist, then given inline styles since mail programs ignore style sheets), and to plain text.
 */
final class Markdown {

    static final String BODY = "margin:0 0 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;"
            + "line-height:1.5;color:#1d2433;";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    private static final Safelist ALLOWED = Safelist.basic().removeProtocols("a", "href", "ftp")
            .removeEnforcedAttribute("a", "rel").addEnforcedAttribute("a", "rel", "noopener");
    private static final Safelist HTML_BLOCKS = Safelist.relaxed().removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http");

    private Markdown() {
    }

    static String html(String markdown, String accent) {
        return html(markdown, accent, UnaryOperator.identity());
    }

    /** With each link's address passed through {@code link} (which tracking uses to put its own in). */
    static String html(String markdown, String accent, UnaryOperator<String> link) {
        // A field in a link's address comes out percent-encoded; it is put back so that it is filled in.
        String html = HTML.render(PARSER.parse(markdown)).replace("%EE%80%80", String.valueOf(MergeFields.OPEN))
                .replace("%EE%80%81", String.valueOf(MergeFields.CLOSE));
        return styled(Jsoup.clean(html, ALLOWED), accent, link);
    }

    static String text(String markdown) {
        return text(markdown, UnaryOperator.identity());
    }

    static String text(String markdown, UnaryOperator<String> link) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link l) {
                l.setDestination(link.apply(l.getDestination()));
                visitChildren(l);
            }
        });
        return TEXT.render(document).strip();
    }

    /** HTML from elsewhere, reduced to what the relaxed allowlist keeps (no scripts, styles, forms or frames). */
    static String sanitize(String html, String accent) {
        return sanitize(html, accent, UnaryOperator.identity());
    }

    static String sanitize(String html, String accent, UnaryOperator<String> link) {
        return styled(Jsoup.clean(html, HTML_BLOCKS), accent, link);
    }

    /** The text a reader would see of some HTML, for the plain-text part. */
    static String textOf(String html) {
        return textOf(html, UnaryOperator.identity());
    }

    static String textOf(String html, UnaryOperator<String> link) {
        Document d = Jsoup.parse(html);
        d.select("br").after("\n");
        d.select("p, h1, h2, h3, h4, h5, h6, li, div, tr, blockquote").after("\n\n");
        d.select("a[href]").forEach(a -> a.appendText(" (" + link.apply(a.attr("href")) + ")"));
        return d.wholeText().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String styled(String clean, String accent, UnaryOperator<String> link) {
        Document d = Jsoup.parseBodyFragment(clean);
        d.outputSettings().prettyPrint(false);
        for (Element e : d.body().select("p, ul, ol, blockquote, pre, table")) {
            e.attr("style", BODY + (e.tagName().equals("blockquote") ? "padding-left:12px;border-left:3px solid "
                    + accent + ";" : ""));
        }
        for (Element e : d.body().select("li")) {
            e.attr("style", "margin:0 0 4px;");
        }
        for (Element e : d.body().select("a")) {
            e.attr("style", "color:" + accent + ";");
            String href = e.attr("href");
            String to = href.isEmpty() ? href : link.apply(href);
            if (!to.equals(href)) {
                e.attr("href", to);
            }
        }
        for (Element e : d.body().select("img")) {
            e.attr("style", "max-width:100%;height:auto;border:0;");
        }
        return d.body().html();
    }
}
