package org.convoca.mailings.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.mailings.Audience;
import org.convoca.mailings.Block;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingStatistics;
import org.convoca.mailings.MailingVersion;
import org.convoca.mailings.Wrapper;

/** Messages and wrappers as Action Network's API shows them, with Convoca's per-language versions added. */
final class MessageJson {

    private MessageJson() {
    }

    static Map<String, Object> message(Mailing m, String defaultLanguage, List<MailingStatistics.Line> stats,
            boolean tracked, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(m.id()));
        json.put("created_date", Hal.date(m.createdAt()));
        json.put("modified_date", Hal.date(m.modifiedAt()));
        MailingVersion main = m.versions().get(defaultLanguage);
        if (main == null && !m.versions().isEmpty()) {
            main = m.versions().values().iterator().next();
        }
        json.put("name", m.name());
        json.put("subject", main == null ? "" : main.subject());
        json.put("body", main == null ? "" : body(main));
        json.put("from", m.fromName());
        json.put("from_address", m.fromAddress());
        json.put("reply_to", m.replyTo());
        json.put("status", m.status().wire());
        json.put("total_targeted", m.progress().recipients());
        if (m.startedAt() != null) {
            json.put("sent_start_date", Hal.date(m.startedAt()));
        }
        if (m.scheduledAt() != null) {
            json.put("scheduled_start_date", Hal.date(m.scheduledAt()));
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Audience.Target t : m.audience().targets()) {
            if (!t.excluded()) {
                targets.add(Map.of("href", href(t, links)));
            }
        }
        json.put("targets", targets);
        json.put("everyone", m.audience().everyone());
        Map<String, Object> versions = new LinkedHashMap<>();
        m.versions().forEach((lang, v) -> versions.put(lang, Map.of("subject", v.subject(), "preheader",
                v.preheader(), "body", body(v))));
        json.put("versions", versions);
        MailingStatistics.Line total = stats.get(stats.size() - 1);
        json.put("statistics", statistics(total, tracked));
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        stats.stream().filter(l -> !l.language().isEmpty()).forEach(l -> byLanguage.put(l.language(), statistics(l, tracked)));
        json.put("statistics_by_language", byLanguage);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/messages/" + m.id()));
        if (m.wrapperId() != null) {
            linkMap.put("osdi:wrapper", links.link("/wrappers/" + m.wrapperId()));
        }
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }

    /**
     * Opens and clicks (people, as Action Network counts them) only for a mailing that was tracked: for the others
     * they are absent rather than zero.
     */
    private static Map<String, Object> statistics(MailingStatistics.Line l, boolean tracked) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("recipients", l.recipients());
        s.put("sent", l.sent());
        s.put("failed", l.failed());
        s.put("bounced", l.bounced());
        s.put("unsubscribed", l.unsubscribed());
        s.put("spam_reports", l.complaints());
        if (tracked) {
            s.put("opened", l.opened());
            s.put("clicked", l.clicked());
        }
        return s;
    }

    /** Segments are Convoca's own resource, outside the OSDI base. */
    static String href(Audience.Target t, HalLinks links) {
        return switch (t.kind()) {
            case LIST -> links.href("/lists/" + t.id());
            case TAG -> links.href("/tags/" + t.id());
            case SEGMENT -> links.absolute(SegmentJson.BASE + "/" + t.id());
        };
    }

    /** A version's body: its HTML block when it was written through the API, else its blocks as simple HTML. */
    static String body(MailingVersion v) {
        if (v.blocks().size() == 1 && v.blocks().get(0) instanceof Block.Html h) {
            return h.html();
        }
        StringBuilder b = new StringBuilder();
        for (Block block : v.blocks()) {
            switch (block) {
                case Block.Heading h -> b.append("<h2>").append(escape(h.text())).append("</h2>");
                case Block.Text t -> b.append("<div data-markdown>").append(escape(t.markdown())).append("</div>");
                case Block.Html h -> b.append(h.html());
                case Block.Button btn -> b.append("<p><a href=\"").append(escape(btn.url())).append("\">")
                        .append(escape(btn.label())).append("</a></p>");
                case Block.Image i -> b.append("<figure data-image=\"").append(i.imageId()).append("\"><figcaption>")
                        .append(escape(i.caption())).append("</figcaption></figure>");
                case Block.Divider d -> b.append("<hr>");
            }
        }
        return b.toString();
    }

    static Map<String, Object> wrapper(Wrapper w, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(w.id()));
        json.put("created_date", Hal.date(w.createdAt()));
        json.put("modified_date", Hal.date(w.modifiedAt()));
        json.put("name", w.name());
        json.put("wrapper_type", "email");
        json.put("header", w.headerText());
        json.put("footer", w.footerText());
        json.put("accent_color", w.accentColor());
        json.put("background_color", w.backgroundColor());
        json.put("_links", Map.of("self", links.link("/wrappers/" + w.id()), "curies", links.curies()));
        return json;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
