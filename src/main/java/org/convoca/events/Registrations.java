package org.convoca.events;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations, their answers and the save-the-date requests. Every method is scoped to one workspace. */
@Repository
public class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Registration> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM event_registrations WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Registrations::map).optional();
    }

    Optional<Registration> findFor(UUID workspaceId, UUID eventId, UUID personId) {
        return jdbc.sql("SELECT * FROM event_registrations WHERE workspace_id = ? AND event_id = ? AND person_id = ?")
                .params(workspaceId, eventId, personId).query(Registrations::map).optional();
    }

    /** The registration a cancel link names, if the link is one of this event's. */
    public Optional<Registration> findByToken(UUID workspaceId, UUID eventId, String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM event_registrations WHERE workspace_id = ? AND event_id = ? AND cancel_token = ?")
                .params(workspaceId, eventId, token).query(Registrations::map).optional();
    }

    public long count(UUID workspaceId, UUID eventId, RegistrationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM event_registrations WHERE workspace_id = ? AND event_id = ? "
                + "AND status = ?").params(workspaceId, eventId, status.wire()).query(Long.class).single();
    }

    /** In the order they registered, with names, emails and answers, for staff. */
    public List<Registrant> page(UUID workspaceId, UUID eventId, long offset, int limit) {
        List<Registrant> rows = jdbc.sql("""
                SELECT r.*, p.given_name, p.family_name, p.email FROM event_registrations r
                JOIN people p ON p.id = r.person_id AND p.workspace_id = r.workspace_id
                WHERE r.workspace_id = ? AND r.event_id = ? ORDER BY r.created_at, r.id
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""").params(workspaceId, eventId, offset, limit)
                .query((rs, n) -> new Registrant(map(rs, n),
                        (rs.getString("given_name") + " " + rs.getString("family_name")).strip(),
                        rs.getString("email") == null ? "" : rs.getString("email"), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Registrant.Answer>> answers = new HashMap<>();
        jdbc.sql("SELECT * FROM event_answers WHERE workspace_id = :ws AND registration_id IN (:ids) "
                        + "ORDER BY position").param("ws", workspaceId)
                .param("ids", rows.stream().map(r -> r.registration().id()).toList())
                .query((ResultSet rs) -> {
                    answers.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new ArrayList<>())
                            .add(new Registrant.Answer(rs.getInt("position"), rs.getString("question"),
                                    rs.getString("answer")));
                });
        return rows.stream().map(r -> new Registrant(r.registration(), r.name(), r.email(),
                answers.getOrDefault(r.registration().id(), List.of()))).toList();
    }

    /** Everyone of the event with one of these statuses, in the order they registered. */
    List<Registration> withStatus(UUID workspaceId, UUID eventId, List<RegistrationStatus> statuses) {
        return jdbc.sql("SELECT * FROM event_registrations WHERE workspace_id = :ws AND event_id = :event "
                        + "AND status IN (:statuses) ORDER BY created_at, id").param("ws", workspaceId)
                .param("event", eventId).param("statuses", statuses.stream().map(RegistrationStatus::wire).toList())
                .query(Registrations::map).list();
    }

    Optional<Registration> firstWaitlisted(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT * FROM event_registrations WHERE workspace_id = ? AND event_id = ? "
                        + "AND status = 'waitlisted' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")
                .params(workspaceId, eventId).query(Registrations::map).optional();
    }

    Registration insert(UUID workspaceId, UUID eventId, UUID personId, RegistrationStatus status, String language,
            String source, Instant now) {
        Registration r = new Registration(Ids.newId(), workspaceId, eventId, personId, status, language, source,
                newToken(), now, now);
        jdbc.sql("""
                INSERT INTO event_registrations (id, workspace_id, event_id, person_id, status, language, source,
                cancel_token, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), workspaceId, eventId, personId, status.wire(), language, source, r.cancelToken(),
                        Events.utc(now), Events.utc(now)).update();
        return r;
    }

    /**
     * Moves a registration to a new status; one that comes back from cancelled goes to the end of the queue,
     * as if it registered now.
     */
    Registration move(Registration r, RegistrationStatus status, Instant now) {
        boolean requeue = r.status() == RegistrationStatus.CANCELLED;
        Instant created = requeue ? now : r.createdAt();
        jdbc.sql("UPDATE event_registrations SET status = ?, modified_at = ?, created_at = ? "
                        + "WHERE workspace_id = ? AND id = ?")
                .params(status.wire(), Events.utc(now), Events.utc(created), r.workspaceId(), r.id()).update();
        return new Registration(r.id(), r.workspaceId(), r.eventId(), r.personId(), status, r.language(), r.source(),
                r.cancelToken(), created, now);
    }

    void answer(Registration r, List<Registrant.Answer> answers) {
        jdbc.sql("DELETE FROM event_answers WHERE workspace_id = ? AND registration_id = ?")
                .params(r.workspaceId(), r.id()).update();
        for (Registrant.Answer a : answers) {
            jdbc.sql("INSERT INTO event_answers (registration_id, workspace_id, position, question, answer) "
                    + "VALUES (?, ?, ?, ?, ?)").params(r.id(), r.workspaceId(), a.position(), a.question(), a.answer())
                    .update();
        }
    }

    /** Records a save-the-date request; false if the person had already asked. */
    boolean askToBeTold(UUID workspaceId, UUID eventId, UUID personId, String language, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM event_notify_requests WHERE workspace_id = ? AND event_id = ? "
                + "AND person_id = ?").params(workspaceId, eventId, personId).query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO event_notify_requests (event_id, workspace_id, person_id, language, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(eventId, workspaceId, personId, language, Events.utc(now))
                    .update();
        }
        return !known;
    }

    /** The people who asked to be told when registration opens, with the language they asked in. */
    Map<UUID, String> askedToBeTold(UUID workspaceId, UUID eventId) {
        Map<UUID, String> asked = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT person_id, language FROM event_notify_requests WHERE workspace_id = ? AND event_id = ? "
                + "ORDER BY created_at").params(workspaceId, eventId)
                .query((ResultSet rs) -> {
                    asked.put(rs.getObject("person_id", UUID.class), rs.getString("language"));
                });
        return asked;
    }

    public long askedCount(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_notify_requests WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(Long.class).single();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Registration map(ResultSet rs, int row) throws SQLException {
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getObject("person_id", UUID.class),
                RegistrationStatus.parse(rs.getString("status")), rs.getString("language"), rs.getString("source"),
                rs.getString("cancel_token"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
