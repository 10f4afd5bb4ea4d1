package org.convoca.events.followup;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.shared.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up messages and who each has reached. Saving one puts its sending on the database-backed scheduler in
 * the same transaction, so a saved message is always sent and an unsaved one never is.
 */
@Repository
public class FollowUps {

    private final JdbcClient jdbc;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<FollowUpTask.Job> task;

    FollowUps(JdbcClient jdbc, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<FollowUpTask.Job> eventFollowUp) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.task = eventFollowUp;
    }

    /** Saves the message (texts already checked by {@link FollowUpLimits}) and schedules its sending now. */
    @Transactional
    public FollowUp send(Event e, FollowUp.Audience audience, Map<String, FollowUp.Text> texts, String by) {
        UUID id = Ids.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("INSERT INTO event_followups (id, workspace_id, event_id, audience, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(id, e.workspaceId(), e.id(), audience.wire(), by,
                now.atOffset(ZoneOffset.UTC)).update();
        texts.forEach((language, t) -> jdbc.sql("INSERT INTO event_followup_texts (followup_id, workspace_id, "
                + "language, subject, body) VALUES (?, ?, ?, ?, ?)").params(id, e.workspaceId(), language,
                t.subject(), t.body()).update());
        scheduler.getObject().schedule(task.instance(id.toString(), new FollowUpTask.Job(e.workspaceId(), id)), Instant.now());
        return new FollowUp(id, e.workspaceId(), e.id(), audience, by, now, texts, 0);
    }

    public Optional<FollowUp> find(UUID workspaceId, UUID id) {
        return complete(jdbc.sql(SELECT + " AND f.id = ?").params(workspaceId, id).query(FollowUps::map).list())
                .stream().findFirst();
    }

    /** The event's follow-ups, newest first. */
    public List<FollowUp> of(UUID workspaceId, UUID eventId) {
        return complete(jdbc.sql(SELECT + " AND f.event_id = ? ORDER BY f.created_at DESC, f.id DESC "
                + "FETCH FIRST 50 ROWS ONLY").params(workspaceId, eventId).query(FollowUps::map).list());
    }

    boolean wasSent(UUID workspaceId, UUID followUpId, UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_followup_deliveries WHERE workspace_id = ? AND followup_id = ? "
                + "AND person_id = ?").params(workspaceId, followUpId, personId).query(Long.class).single() > 0;
    }

    /** Written with the hand-over to the mailer; a run that races this one fails on the key and rolls back. */
    void recordSent(UUID workspaceId, UUID followUpId, UUID personId) {
        jdbc.sql("INSERT INTO event_followup_deliveries (followup_id, workspace_id, person_id, sent_at) "
                + "VALUES (?, ?, ?, ?)").params(followUpId, workspaceId, personId,
                Instant.now().atOffset(ZoneOffset.UTC)).update();
    }

    private static final String SELECT = "SELECT f.*, (SELECT COUNT(*) FROM event_followup_deliveries d "
            + "WHERE d.followup_id = f.id AND d.workspace_id = f.workspace_id) AS sent FROM event_followups f "
            + "WHERE f.workspace_id = ?";

    private List<FollowUp> complete(List<FollowUp> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, FollowUp.Text>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM event_followup_texts WHERE workspace_id = :ws AND followup_id IN (:ids) "
                        + "ORDER BY language").param("ws", found.getFirst().workspaceId())
                .param("ids", found.stream().map(FollowUp::id).toList()).query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("followup_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new FollowUp.Text(rs.getString("language"),
                                    rs.getString("subject"), rs.getString("body")));
                });
        List<FollowUp> result = new ArrayList<>();
        for (FollowUp f : found) {
            result.add(new FollowUp(f.id(), f.workspaceId(), f.eventId(), f.audience(), f.createdBy(), f.createdAt(),
                    texts.getOrDefault(f.id(), Map.of()), f.sent()));
        }
        return result;
    }

    private static FollowUp map(ResultSet rs, int n) throws java.sql.SQLException {
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("event_id", UUID.class), FollowUp.Audience.parse(rs.getString("audience")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), Map.of(),
                rs.getLong("sent"));
    }
}
