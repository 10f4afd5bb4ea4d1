package org.convoca.mailings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How a mailing went, per language version and in all. Opens and clicks count people (a click is an open too),
 * and are only ever more than zero for a mailing that was tracked.
 */
@Repository
public class MailingStatistics {

    /** One line of statistics; {@code language} is empty for the total. */
    public record Line(String language, long recipients, long sent, long failed, long skipped, long bounced,
            long unsubscribed, long complaints, long opened, long clicked) {

        /** Opened, of those sent, in percent. */
        public double openRate() {
            return sent == 0 ? 0 : opened * 100.0 / sent;
        }

        /** Clicked, of those sent, in percent. */
        public double clickRate() {
            return sent == 0 ? 0 : clicked * 100.0 / sent;
        }

        Line plus(Line l) {
            return new Line("", recipients + l.recipients, sent + l.sent, failed + l.failed, skipped + l.skipped,
                    bounced + l.bounced, unsubscribed + l.unsubscribed, complaints + l.complaints,
                    opened + l.opened, clicked + l.clicked);
        }
    }

    /** One link of a tracked mailing: how many people clicked it, and how many clicks in all. */
    public record LinkLine(String url, long uniqueClicks, long totalClicks) {
    }

    private final JdbcClient jdbc;

    MailingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines per language, followed by the total. */
    public List<Line> of(UUID workspaceId, UUID mailingId) {
        Map<String, Long> opened = perLanguage("mailing_opens", workspaceId, mailingId);
        Map<String, Long> clicked = perLanguage("mailing_clicks", workspaceId, mailingId);
        List<Line> lines = new ArrayList<>(jdbc.sql("""
                SELECT language, COUNT(*),
                SUM(CASE WHEN state = 'sent' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END),
                SUM(CASE WHEN state = 'skipped' THEN 1 ELSE 0 END), COUNT(bounced_at), COUNT(unsubscribed_at),
                COUNT(complained_at)
                FROM mailing_recipients WHERE mailing_id = ? AND workspace_id = ? GROUP BY language ORDER BY language""")
                .params(mailingId, workspaceId)
                .query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), opened.getOrDefault(rs.getString(1), 0L),
                        clicked.getOrDefault(rs.getString(1), 0L)))
                .list());
        Line total = new Line("", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Line l : lines) {
            total = total.plus(l);
        }
        lines.add(total);
        return lines;
    }

    /** The total line alone. */
    public Line total(UUID workspaceId, UUID mailingId) {
        List<Line> lines = of(workspaceId, mailingId);
        return lines.get(lines.size() - 1);
    }

    /** A tracked mailing's links, most clicked first; empty for a mailing that was not tracked. */
    public List<LinkLine> links(UUID workspaceId, UUID mailingId) {
        return jdbc.sql("""
                SELECT l.url, COUNT(DISTINCT c.person_id), COUNT(c.id) FROM mailing_links l
                LEFT JOIN mailing_clicks c ON c.mailing_id = l.mailing_id AND c.link_index = l.link_index
                WHERE l.mailing_id = ? AND l.workspace_id = ?
                GROUP BY l.link_index, l.url ORDER BY COUNT(DISTINCT c.person_id) DESC, COUNT(c.id) DESC, l.link_index""")
                .params(mailingId, workspaceId)
                .query((rs, n) -> new LinkLine(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** How many recipients of each language have a row in {@code table}: an open, or a click on any link. */
    private Map<String, Long> perLanguage(String table, UUID workspaceId, UUID mailingId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT r.language, COUNT(DISTINCT r.person_id) FROM mailing_recipients r JOIN " + table + " h "
                        + "ON h.mailing_id = r.mailing_id AND h.person_id = r.person_id "
                        + "WHERE r.mailing_id = ? AND r.workspace_id = ? GROUP BY r.language")
                .params(mailingId, workspaceId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
