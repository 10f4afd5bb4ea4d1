package org.convoca.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's events with their texts and questions. Every method is scoped to one workspace. */
@Repository
public class Events {

    private static final String SELECT = "SELECT e.*, EXISTS (SELECT 1 FROM event_images i "
            + "WHERE i.event_id = e.id) AS has_image FROM events e WHERE e.workspace_id = ?";

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Event> find(UUID workspaceId, UUID id) {
        return complete(jdbc.sql(SELECT + " AND e.id = ?").params(workspaceId, id).query(Events::map).list())
                .stream().findFirst();
    }

    public Optional<Event> findBySlug(UUID workspaceId, String slug) {
        return complete(jdbc.sql(SELECT + " AND e.slug = ?").params(workspaceId, slug).query(Events::map).list())
                .stream().findFirst();
    }

    /** Latest start first, for staff. */
    public List<Event> newest(UUID workspaceId, long offset, int limit) {
        return complete(jdbc.sql(SELECT + " ORDER BY e.starts_at DESC, e.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(Events::map).list());
    }

    /** Public events that have not ended, soonest first. */
    public List<Event> upcoming(UUID workspaceId, Instant now, long offset, int limit) {
        return complete(jdbc.sql(SELECT + " AND e.visibility = 'public' AND e.ends_at > ? "
                        + "ORDER BY e.starts_at, e.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, utc(now), offset, limit).query(Events::map).list());
    }

    /** Public events that have ended, latest first. */
    public List<Event> past(UUID workspaceId, Instant now, long offset, int limit) {
        return complete(jdbc.sql(SELECT + " AND e.visibility = 'public' AND e.ends_at <= ? "
                        + "ORDER BY e.starts_at DESC, e.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, utc(now), offset, limit).query(Events::map).list());
    }

    /** Saves a new event; the draft's id, sequence and dates are ignored, and its slug made unique if taken. */
    @Transactional
    public Event create(UUID workspaceId, Event draft) {
        Instant now = now();
        Event e = new Event(Ids.newId(), workspaceId, freeSlug(workspaceId, draft.slug(), null), draft.status(),
                draft.visibility(), draft.defaultLanguage(), draft.startsAt(), draft.endsAt(), draft.timeZone(),
                draft.extraZones(), draft.joinUrl(), draft.address(), draft.capacity(), draft.registrationOpensAt(),
                draft.reminderMinutes(), 0, false, draft.texts(), draft.questions(), now, now);
        check(e);
        jdbc.sql("""
                INSERT INTO events (slug, status, visibility, default_language, starts_at, ends_at, time_zone,
                extra_zones, join_url, address, capacity, registration_opens_at, reminder_minutes, sequence,
                modified_at, id, workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values(e)).param(utc(now)).update();
        writeParts(e);
        return e;
    }

    /** Saves every field as given (the caller decides the sequence); a slug another event has is refused. */
    @Transactional
    public Event update(Event changed) {
        Event e = new Event(changed.id(), changed.workspaceId(), changed.slug(), changed.status(),
                changed.visibility(), changed.defaultLanguage(), changed.startsAt(), changed.endsAt(),
                changed.timeZone(), changed.extraZones(), changed.joinUrl(), changed.address(), changed.capacity(),
                changed.registrationOpensAt(), changed.reminderMinutes(), changed.sequence(), changed.hasImage(),
                changed.texts(), changed.questions(), changed.createdAt(), now());
        check(e);
        if (!freeSlug(e.workspaceId(), e.slug(), e.id()).equals(e.slug())) {
            throw slugTaken();
        }
        try {
            int rows = jdbc.sql("""
                    UPDATE events SET slug = ?, status = ?, visibility = ?, default_language = ?, starts_at = ?,
                    ends_at = ?, time_zone = ?, extra_zones = ?, join_url = ?, address = ?, capacity = ?,
                    registration_opens_at = ?, reminder_minutes = ?, sequence = ?, modified_at = ?
                    WHERE id = ? AND workspace_id = ?""").params(values(e)).update();
            if (rows == 0) {
                throw new IllegalArgumentException("No such event in this workspace: " + e.id());
            }
        } catch (DuplicateKeyException x) {
            throw slugTaken();
        }
        jdbc.sql("DELETE FROM event_texts WHERE event_id = ? AND workspace_id = ?").params(e.id(), e.workspaceId())
                .update();
        jdbc.sql("DELETE FROM event_questions WHERE event_id = ? AND workspace_id = ?")
                .params(e.id(), e.workspaceId()).update();
        writeParts(e);
        return e;
    }

    /** Holds the event's row until the transaction ends, so two people cannot both take its last seat. */
    void lock(UUID workspaceId, UUID id) {
        jdbc.sql("SELECT id FROM events WHERE workspace_id = ? AND id = ? FOR UPDATE").params(workspaceId, id)
                .query(UUID.class).optional();
    }

    private static InvalidEventException slugTaken() {
        return new InvalidEventException(Map.of("slug", new EventLimits.Problem("slug-taken", 0)));
    }

    String freeSlug(UUID workspaceId, String slug, UUID self) {
        String candidate = slug;
        for (int n = 2; taken(workspaceId, candidate, self); n++) {
            String suffix = "-" + n;
            candidate = (slug.length() + suffix.length() > EventLimits.SLUG
                    ? slug.substring(0, EventLimits.SLUG - suffix.length()) : slug) + suffix;
        }
        return candidate;
    }

    private boolean taken(UUID workspaceId, String slug, UUID self) {
        return jdbc.sql("SELECT id FROM events WHERE workspace_id = ? AND slug = ?").params(workspaceId, slug)
                .query(UUID.class).optional().filter(id -> !id.equals(self)).isPresent();
    }

    private static void check(Event e) {
        Map<String, EventLimits.Problem> problems = EventLimits.problems(e);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
    }

    private void writeParts(Event e) {
        e.texts().forEach((language, t) -> jdbc.sql("""
                INSERT INTO event_texts (event_id, workspace_id, language, title, description, image_alt)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.workspaceId(), language, t.title(), t.description(), t.imageAlt()).update());
        for (Question q : e.questions()) {
            q.labels().forEach((language, label) -> jdbc.sql("""
                    INSERT INTO event_questions (event_id, workspace_id, position, language, label, required)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(e.id(), e.workspaceId(), q.position(), language, label, q.required()).update());
        }
    }

    private List<Event> complete(List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        UUID ws = events.getFirst().workspaceId();
        List<UUID> ids = events.stream().map(Event::id).toList();
        Map<UUID, Map<String, EventText>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM event_texts WHERE workspace_id = :ws AND event_id IN (:ids)")
                .param("ws", ws).param("ids", ids).query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new EventText(rs.getString("language"),
                                    rs.getString("title"), rs.getString("description"), rs.getString("image_alt")));
                });
        Map<UUID, Map<Integer, Map<String, String>>> labels = new HashMap<>();
        Map<UUID, Map<Integer, Boolean>> required = new HashMap<>();
        jdbc.sql("SELECT * FROM event_questions WHERE workspace_id = :ws AND event_id IN (:ids)")
                .param("ws", ws).param("ids", ids).query((ResultSet rs) -> {
                    UUID id = rs.getObject("event_id", UUID.class);
                    int position = rs.getInt("position");
                    labels.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(position, k -> new HashMap<>())
                            .put(rs.getString("language"), rs.getString("label"));
                    required.computeIfAbsent(id, k -> new HashMap<>()).put(position, rs.getBoolean("required"));
                });
        List<Event> result = new ArrayList<>(events.size());
        for (Event e : events) {
            List<Question> questions = new ArrayList<>();
            labels.getOrDefault(e.id(), Map.of()).forEach((position, byLanguage) -> questions.add(
                    new Question(position, required.get(e.id()).get(position), byLanguage)));
            result.add(new Event(e.id(), e.workspaceId(), e.slug(), e.status(), e.visibility(), e.defaultLanguage(),
                    e.startsAt(), e.endsAt(), e.timeZone(), e.extraZones(), e.joinUrl(), e.address(), e.capacity(),
                    e.registrationOpensAt(), e.reminderMinutes(), e.sequence(), e.hasImage(),
                    texts.getOrDefault(e.id(), Map.of()), questions, e.createdAt(), e.modifiedAt()));
        }
        return result;
    }

    private static Object[] values(Event e) {
        return new Object[] {e.slug(), e.status().wire(), e.visibility().wire(), e.defaultLanguage(),
            utc(e.startsAt()), utc(e.endsAt()), e.timeZone(), String.join(" ", e.extraZones()), e.joinUrl(),
            e.address(), e.capacity(), e.registrationOpensAt() == null ? null : utc(e.registrationOpensAt()),
            String.join(" ", e.reminderMinutes().stream().map(String::valueOf).toList()), e.sequence(),
            utc(e.modifiedAt()), e.id(), e.workspaceId()};
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    private static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), EventStatus.parse(rs.getString("status")).orElse(EventStatus.SCHEDULED),
                Visibility.parse(rs.getString("visibility")), rs.getString("default_language"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("time_zone"),
                words(rs.getString("extra_zones")), rs.getString("join_url"), rs.getString("address"),
                rs.getInt("capacity"), instant(rs, "registration_opens_at"),
                words(rs.getString("reminder_minutes")).stream().map(Integer::valueOf).toList(),
                rs.getInt("sequence"), rs.getBoolean("has_image"), Map.of(), List.of(), instant(rs, "created_at"),
                instant(rs, "modified_at"));
    }
}
