package org.convoca.mailings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.convoca.mailings.MergeFields.Ref;

/**
 * Lays a version out as an email: a table-based HTML part with inline styles (what Gmail, Outlook and Apple Mail
 * all render) and a plain-text part from the same blocks, then compiles both for fast personalizing.
 */
final class Composer {

    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    private static final String SMALL = FONT + "font-size:12px;line-height:1.5;color:#5b6475;";

    private Composer() {
    }

    static CompiledVersion compile(Letterhead l, MailingVersion v) {
        return compile(l, v, null);
    }

    /**
     * With {@code tracked} links (null: none), every web link in the blocks becomes a slot for the recipient's click
     * address and the HTML ends with an open pixel; the footer's and the web version's links never change.
     */
    static CompiledVersion compile(Letterhead l, MailingVersion v, TrackedLinks tracked) {
        List<Ref> refs = new ArrayList<>();
        UnaryOperator<String> link = tracked == null ? UnaryOperator.identity() : url -> tracked.mark(url, refs);
        String subject = MergeFields.mark(v.subject(), refs);
        String html = html(l, v, refs, link, tracked != null);
        String text = text(l, v, refs, link);
        return new CompiledVersion(v.language(), Template.compile(subject, refs, Template.Escape.HEADER),
                Template.compile(html, refs, Template.Escape.HTML), Template.compile(text, refs, Template.Escape.TEXT));
    }

    private static String html(Letterhead l, MailingVersion v, List<Ref> refs, UnaryOperator<String> link,
            boolean pixel) {
        String accent = l.wrapper().accentColor();
        String background = l.wrapper().backgroundColor();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(v.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(MergeFields.mark(v.subject(), refs))).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background:").append(background).append(";\">\n");
        if (!v.preheader().isBlank()) {
            b.append("<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">")
                    .append(Html.escape(MergeFields.mark(v.preheader(), refs))).append("</div>\n");
        }
        b.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"background:").append(background)
                .append(";\">\n<tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"width:100%;max-width:600px;background:#ffffff;\">\n")
                .append("<tr><td style=\"padding:8px 24px;text-align:right;").append(SMALL).append("\"><a href=\"")
                .append(MergeFields.link(Ref.Kind.WEB_URL, refs)).append("\" style=\"color:#5b6475;\">")
                .append(Html.escape(l.words().apply("mailings.email.web-version"))).append("</a></td></tr>\n")
                .append("<tr><td style=\"background:").append(accent).append(";padding:20px 24px;color:")
                .append(l.wrapper().accentInk()).append(';')
                .append(FONT).append("font-size:22px;font-weight:bold;\">");
        if (l.wrapper().logoImageId() != null) {
            b.append("<img src=\"").append(Html.escape(l.imageUrl(l.wrapper().logoImageId()))).append("\" alt=\"")
                    .append(Html.escape(l.wrapper().headerText())).append("\" height=\"48\" style=\"display:block;")
                    .append("height:48px;width:auto;border:0;color:#ffffff;\">");
        } else {
            b.append(Html.escape(l.wrapper().headerText()));
        }
        b.append("</td></tr>\n");
        for (Block block : v.blocks()) {
            b.append("<tr><td style=\"padding:12px 24px;\">\n");
            block(b, l, block, refs, link);
            b.append("\n</td></tr>\n");
        }
        footerHtml(b, l, refs);
        b.append("</table>\n</td></tr>\n</table>\n");
        if (pixel) {
            b.append("<img src=\"").append(MergeFields.link(Ref.Kind.OPEN_URL, refs))
                    .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\">\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder b, Letterhead l, Block block, List<Ref> refs,
            UnaryOperator<String> link) {
        String accent = l.wrapper().accentColor();
        switch (block) {
            case Block.Heading h -> b.append("<h2 style=\"margin:8px 0 4px;").append(FONT)
                    .append("font-size:22px;line-height:1.3;color:#1d2433;\">")
                    .append(Html.escape(MergeFields.mark(h.text(), refs))).append("</h2>");
            case Block.Text t -> b.append(Markdown.html(MergeFields.mark(t.markdown(), refs), accent, link));
            case Block.Html h -> b.append(Markdown.sanitize(MergeFields.mark(h.html(), refs), accent, link));
            case Block.Image i -> {
                b.append("<img src=\"").append(Html.escape(l.imageUrl(i.imageId()))).append("\" alt=\"")
                        .append(Html.escape(MergeFields.mark(i.alt(), refs))).append("\" width=\"552\" ")
                        .append("style=\"display:block;width:100%;max-width:552px;height:auto;border:0;\">");
                if (!i.caption().isBlank()) {
                    b.append("\n<p style=\"margin:4px 0 0;").append(SMALL).append("\">")
                            .append(Html.escape(MergeFields.mark(i.caption(), refs))).append("</p>");
                }
            }
            case Block.Button btn -> b.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" ")
                    .append("border=\"0\"><tr><td style=\"border-radius:4px;background:").append(accent)
                    .append(";\"><a href=\"").append(Html.escape(link.apply(btn.url()))).append("\" style=\"display:inline-block;")
                    .append("padding:12px 24px;").append(FONT).append("font-size:16px;font-weight:bold;color:")
                    .append(l.wrapper().accentInk()).append(';')
                    .append("text-decoration:none;border-radius:4px;\">")
                    .append(Html.escape(MergeFields.mark(btn.label(), refs))).append("</a></td></tr></table>");
            case Block.Divider d -> b.append("<hr style=\"border:0;border-top:1px solid #d8dce4;margin:8px 0;\">");
        }
    }

    private static void footerHtml(StringBuilder b, Letterhead l, List<Ref> refs) {
        b.append("<tr><td style=\"padding:24px;border-top:1px solid #d8dce4;").append(SMALL).append("\">\n");
        if (!l.wrapper().footerText().isBlank()) {
            b.append("<p style=\"margin:0 0 8px;\">")
                    .append(Html.escape(MergeFields.strip(l.wrapper().footerText())).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        b.append("<p style=\"margin:0 0 8px;\"><strong>").append(Html.escape(l.workspaceName())).append("</strong><br>")
                .append(Html.escape(l.postalAddress()).replace("\n", "<br>")).append("</p>\n")
                .append("<p style=\"margin:0 0 8px;\">").append(Html.escape(why(l))).append("</p>\n")
                .append("<p style=\"margin:0;\"><a href=\"").append(MergeFields.link(Ref.Kind.UNSUBSCRIBE_URL, refs))
                .append("\" style=\"color:#5b6475;\">").append(Html.escape(l.words().apply("mailings.email.unsubscribe")))
                .append("</a> · <a href=\"").append(MergeFields.link(Ref.Kind.PREFERENCES_URL, refs))
                .append("\" style=\"color:#5b6475;\">").append(Html.escape(l.words().apply("mailings.email.preferences")))
                .append("</a></p>\n</td></tr>\n");
    }

    private static String text(Letterhead l, MailingVersion v, List<Ref> refs, UnaryOperator<String> link) {
        StringBuilder b = new StringBuilder(4096);
        b.append(l.words().apply("mailings.email.web-version")).append(": ")
                .append(MergeFields.link(Ref.Kind.WEB_URL, refs)).append("\n\n");
        for (Block block : v.blocks()) {
            switch (block) {
                case Block.Heading h -> {
                    String heading = MergeFields.mark(h.text(), refs);
                    b.append(heading).append('\n').append("=".repeat(Math.min(60, Math.max(3, h.text().length()))));
                }
                case Block.Text t -> b.append(Markdown.text(MergeFields.mark(t.markdown(), refs), link));
                case Block.Html h -> b.append(Markdown.textOf(Markdown.sanitize(MergeFields.mark(h.html(), refs),
                        Wrapper.DEFAULT_ACCENT), link));
                case Block.Image i -> {
                    b.append('[').append(MergeFields.mark(i.alt(), refs)).append(']');
                    if (!i.caption().isBlank()) {
                        b.append(' ').append(MergeFields.mark(i.caption(), refs));
                    }
                }
                case Block.Button btn -> b.append(MergeFields.mark(btn.label(), refs)).append(": ")
                        .append(link.apply(btn.url()));
                case Block.Divider d -> b.append("----------");
            }
            b.append("\n\n");
        }
        b.append("-- \n");
        if (!l.wrapper().footerText().isBlank()) {
            b.append(MergeFields.strip(l.wrapper().footerText())).append("\n\n");
        }
        b.append(l.workspaceName()).append('\n');
        if (!l.postalAddress().isBlank()) {
            b.append(l.postalAddress()).append('\n');
        }
        b.append('\n').append(why(l)).append("\n\n")
                .append(l.words().apply("mailings.email.unsubscribe")).append(": ")
                .append(MergeFields.link(Ref.Kind.UNSUBSCRIBE_URL, refs)).append('\n')
                .append(l.words().apply("mailings.email.preferences")).append(": ")
                .append(MergeFields.link(Ref.Kind.PREFERENCES_URL, refs)).append('\n');
        return b.toString();
    }

    private static String why(Letterhead l) {
        return l.words().apply("mailings.email.why").replace("{0}", l.workspaceName());
    }
}
