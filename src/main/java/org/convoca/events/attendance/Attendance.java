package org.convoca.events.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.people.Activities;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to an event. Recording someone present also puts a line on their timeline; recording them twice
 * changes nothing. Every method is scoped to one workspace.
 */
@Repository
public class Attendance {

    /** How the attendance was recorded, as stored. */
    public enum Source { CHECK_IN, CSV, API }

    private static final String LIST = """
            SELECT p.id, p.given_name, p.family_name, p.email,
              (SELECT r.status FROM event_registrations r WHERE r.workspace_id = p.workspace_id AND r.event_id = :e
                 AND r.person_id = p.id) AS registration,
              (SELECT a.recorded_at FROM event_attendance a WHERE a.workspace_id = p.workspace_id AND a.event_id = :e
                 AND a.person_id = p.id) AS attended_at
            FROM people p WHERE p.workspace_id = :ws AND p.id IN (
              SELECT r.person_id FROM event_registrations r WHERE r.workspace_id = :ws AND r.event_id = :e
                AND r.status <> 'cancelled'
              UNION SELECT a.person_id FROM event_attendance a WHERE a.workspace_id = :ws AND a.event_id = :e)
            """;

    private final JdbcClient jdbc;
    private final Activities activities;

    Attendance(JdbcClient jdbc, Activities activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    /** Records the person present; false if they already were. */
    @Transactional
    public boolean mark(Event e, UUID personId, Source source) {
        if (attended(e.workspaceId(), e.id(), personId)) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO event_attendance (event_id, workspace_id, person_id, source, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(e.id(), e.workspaceId(), personId,
                    source.name().toLowerCase(Locale.ROOT), Instant.now().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException raced) {
            return false;
        }
        activities.record(e.workspaceId(), personId, "event", "Attended the event “" + e.title() + "”");
        return true;
    }

    /** Takes back a mistaken check-in; false if the person was not recorded present. */
    @Transactional
    public boolean undo(Event e, UUID personId) {
        boolean removed = jdbc.sql("DELETE FROM event_attendance WHERE workspace_id = ? AND event_id = ? "
                + "AND person_id = ?").params(e.workspaceId(), e.id(), personId).update() > 0;
        if (removed) {
            activities.record(e.workspaceId(), personId, "event", "Attendance at the event “" + e.title()
                    + "” taken back");
        }
        return removed;
    }

    public boolean attended(UUID workspaceId, UUID eventId, UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_attendance WHERE workspace_id = ? AND event_id = ? "
                + "AND person_id = ?").params(workspaceId, eventId, personId).query(Long.class).single() > 0;
    }

    public long count(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_attendance WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(Long.class).single();
    }

    /**
     * Registered, waiting and present people whose name or email contains {@code search} (ignoring case), by
     * name.
     */
    public List<CheckInRow> checkInList(UUID workspaceId, UUID eventId, String search, long offset, int limit) {
        String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String like = "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(LIST + " AND (:s = '' OR LOWER(p.given_name || ' ' || p.family_name) LIKE :like ESCAPE '\\' "
                        + "OR LOWER(COALESCE(p.email, '')) LIKE :like ESCAPE '\\') "
                        + "ORDER BY LOWER(p.given_name), LOWER(p.family_name), p.id OFFSET :o ROWS FETCH NEXT :n ROWS ONLY")
                .param("ws", workspaceId).param("e", eventId).param("s", s).param("like", like)
                .param("o", offset).param("n", limit).query(Attendance::row).list();
    }

    /** One person's line, if they are on the event's check-in list. */
    public Optional<CheckInRow> row(UUID workspaceId, UUID eventId, UUID personId) {
        return jdbc.sql(LIST + " AND p.id = :p").param("ws", workspaceId).param("e", eventId).param("p", personId)
                .query(Attendance::row).optional();
    }

    private static CheckInRow row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("attended_at", OffsetDateTime.class);
        String status = rs.getString("registration");
        return new CheckInRow(rs.getObject("id", UUID.class),
                (rs.getString("given_name") + " " + rs.getString("family_name")).strip(),
                rs.getString("email") == null ? "" : rs.getString("email"),
                status == null ? "" : status, at == null ? null : at.toInstant());
    }
}
