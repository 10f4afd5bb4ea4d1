package org.convoca.events;

import org.springframework.web.util.HtmlUtils;

/**
 * The plain-text and HTML parts of an event message, written side by side so they say the same thing: every
 * value is escaped in the HTML part, and line breaks in a value become {@code <br>}.
 */
public final class MailBody {

    private static final String BUTTON = "display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;"
            + "text-decoration:none;border-radius:6px;font-weight:bold";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html;

    public MailBody(String language) {
        html = new StringBuilder("<!DOCTYPE html><html lang=\"" + esc(language) + "\"><body>");
    }

    /** A paragraph. */
    public MailBody para(String s) {
        text.append(s).append("\n\n");
        html.append("<p>").append(esc(s).replace("\n", "<br>")).append("</p>");
        return this;
    }

    /** A labelled value on one line, linked when {@code href} is set. */
    public MailBody line(String label, String value, String href) {
        text.append(label).append(": ").append(value).append('\n');
        html.append("<p><strong>").append(esc(label)).append(":</strong> ");
        if (href != null) {
            html.append("<a href=\"").append(esc(href)).append("\">").append(esc(value)).append("</a>");
        } else {
            html.append(esc(value).replace("\n", "<br>"));
        }
        html.append("</p>");
        return this;
    }

    /** A labelled block of the reader's or staff's own words, kept on their lines. */
    public MailBody quote(String label, String value) {
        text.append(label).append('\n').append(value).append("\n\n");
        html.append("<p><strong>").append(esc(label)).append("</strong><br>").append(esc(value).replace("\n", "<br>"))
                .append("</p>");
        return this;
    }

    /**
     * A link that matters: the text part gives the sentence and the address; the HTML part a button, with the
     * address written out below it for mail programs that hide links.
     */
    public MailBody button(String intro, String label, String href) {
        text.append(intro).append('\n').append(href).append("\n\n");
        html.append("<p>").append(esc(intro)).append("</p><p><a href=\"").append(esc(href)).append("\" style=\"")
                .append(BUTTON).append("\">").append(esc(label)).append("</a></p><p style=\"font-size:13px;color:#555\">")
                .append(esc(href)).append("</p>");
        return this;
    }

    /** The signature line (the sender and its postal address) that ends both parts. */
    public MailBody footer(String footer) {
        text.append(text.toString().endsWith("\n\n") ? "" : "\n").append("-- \n").append(footer).append('\n');
        html.append("<p style=\"color:#555\">").append(esc(footer)).append("</p></body></html>");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public String html() {
        return html.toString();
    }

    public static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
