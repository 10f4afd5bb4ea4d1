package org.convoca.mailings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How a mailing went, per language version and in all. Opens and clicks are not tracked at all. */
@Repository
public class MailingStatistics {

    /** One line of statistics; {@code language} is empty for the total. */
    public record Line(String language, long recipients, long sent, long failed, long skipped, long bounced,
            long unsubscribed, long complaints) {
    }

    private final JdbcClient jdbc;

    MailingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines per language, followed by the total. */
    public List<Line> of(UUID workspaceId, UUID mailingId) {
        List<Line> lines = new ArrayList<>(jdbc.sql("""
                SELECT language, COUNT(*),
                SUM(CASE WHEN state = 'sent' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END),
                SUM(CASE WHEN state = 'skipped' THEN 1 ELSE 0 END), COUNT(bounced_at), COUNT(unsubscribed_at),
                COUNT(complained_at)
                FROM mailing_recipients WHERE mailing_id = ? AND workspace_id = ? GROUP BY language ORDER BY language""")
                .params(mailingId, workspaceId)
                .query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list());
        Line total = new Line("", 0, 0, 0, 0, 0, 0, 0);
        for (Line l : lines) {
            total = new Line("", total.recipients() + l.recipients(), total.sent() + l.sent(),
                    total.failed() + l.failed(), total.skipped() + l.skipped(), total.bounced() + l.bounced(),
                    total.unsubscribed() + l.unsubscribed(), total.complaints() + l.complaints());
        }
        lines.add(total);
        return lines;
    }

    /** The total line alone. */
    public Line total(UUID workspaceId, UUID mailingId) {
        List<Line> lines = of(workspaceId, mailingId);
        return lines.get(lines.size() - 1);
    }
}
