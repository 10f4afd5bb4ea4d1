package org.convoca.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.convoca.shared.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's timelines. Other modules add to them (a signature, a registration) through {@link #record}. */
@Repository
public class Activities {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Activities(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void record(UUID workspaceId, UUID personId, String kind, String summary) {
        recordAll(workspaceId, List.of(personId), kind, summary);
    }

    /** The same line, at the same moment, on each of these people's timelines: one statement. */
    public void recordAll(UUID workspaceId, List<UUID> personIds, String kind, String summary) {
        String s = PersonLimits.clean(summary);
        String line = s.length() > 1000 ? s.substring(0, 1000) : s;
        OffsetDateTime now = People.utc(People.now());
        Rows.insert(template, "activities (id, workspace_id, person_id, kind, summary, occurred_at)", personIds,
                id -> new Object[] {Ids.newId(), workspaceId, id, kind, line, now});
    }

    /** Newest first. */
    public List<Activity> timeline(UUID workspaceId, UUID personId, int limit) {
        return jdbc.sql("""
                SELECT * FROM activities WHERE workspace_id = ? AND person_id = ? ORDER BY occurred_at DESC, id DESC
                FETCH FIRST ? ROWS ONLY""")
                .params(workspaceId, personId, limit)
                .query((rs, n) -> new Activity(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("kind"), rs.getString("summary"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
