package org.convoca.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the event: its recording, published on its page, and follow-up messages, sent once to each person. */
@Service
public class AfterEvent {

    public static final int SUBJECT = 300;
    public static final int BODY = 20_000;

    private final JdbcClient jdbc;
    private final EventMailQueue queue;

    AfterEvent(JdbcClient jdbc, EventMailQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    public Optional<String> recording(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT url FROM event_recordings WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(String.class).optional();
    }

    /** Publishes the recording's link, replacing any earlier one; an empty link takes it down. */
    @Transactional
    public void setRecording(Event e, String url) {
        String link = EventLimits.clean(url);
        if (!link.isEmpty() && (!EventLimits.isWebAddress(link) || link.length() > EventLimits.URL)) {
            throw new InvalidEventException(Map.of("recording_url", new EventLimits.Problem("url", EventLimits.URL)));
        }
        jdbc.sql("DELETE FROM event_recordings WHERE workspace_id = ? AND event_id = ?")
                .params(e.workspaceId(), e.id()).update();
        if (!link.isEmpty()) {
            jdbc.sql("INSERT INTO event_recordings (event_id, workspace_id, url, modified_at) VALUES (?, ?, ?, ?)")
                    .params(e.id(), e.workspaceId(), link, Events.utc(Events.now())).update();
        }
    }

    /** Saves the follow-up and puts it on the scheduler for everyone in its audience. */
    @Transactional
    public FollowUp send(Event e, FollowUp draft) {
        Map<String, EventLimits.Problem> problems = new LinkedHashMap<>();
        if (draft.subjectEn().isEmpty() && draft.subjectEs().isEmpty()) {
            problems.put("subject_" + e.defaultLanguage(), new EventLimits.Problem("required", 0));
        }
        check(problems, "subject_en", draft.subjectEn(), SUBJECT);
        check(problems, "subject_es", draft.subjectEs(), SUBJECT);
        check(problems, "body_en", draft.bodyEn(), BODY);
        check(problems, "body_es", draft.bodyEs(), BODY);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        FollowUp f = new FollowUp(Ids.newId(), e.workspaceId(), e.id(), draft.audience(), draft.subjectEn(),
                draft.bodyEn(), draft.subjectEs(), draft.bodyEs(), Events.now());
        jdbc.sql("""
                INSERT INTO event_followups (id, workspace_id, event_id, audience, subject_en, body_en, subject_es,
                body_es, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.workspaceId(), f.eventId(), f.audience().name().toLowerCase(java.util.Locale.ROOT),
                        f.subjectEn(), f.bodyEn(), f.subjectEs(), f.bodyEs(), Events.utc(f.createdAt())).update();
        queue.toAll(e, MailKind.FOLLOWUP, "followup-" + f.id());
        return f;
    }

    Optional<FollowUp> followUp(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM event_followups WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(AfterEvent::map).optional();
    }

    private static void check(Map<String, EventLimits.Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.put(field, new EventLimits.Problem("too-long", max));
        }
    }

    private static FollowUp map(ResultSet rs, int row) throws SQLException {
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                FollowUp.Audience.valueOf(rs.getString("audience").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("subject_en"), rs.getString("body_en"), rs.getString("subject_es"),
                rs.getString("body_es"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
