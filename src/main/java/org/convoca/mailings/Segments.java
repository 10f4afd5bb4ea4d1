package org.convoca.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's saved segments, and how many people each one holds right now. */
@Repository
public class Segments {

    private final JdbcClient jdbc;
    private final Lists lists;
    private final Tags tags;

    Segments(JdbcClient jdbc, Lists lists, Tags tags) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.tags = tags;
    }

    public List<Segment> all(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM segments WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? "
                        + "ROWS ONLY").params(workspaceId, offset, limit).query(Segments::map).list().stream()
                .map(this::withConditions).toList();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM segments WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    public Optional<Segment> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM segments WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Segments::map).optional().map(this::withConditions);
    }

    /** Creates the segment, or replaces the one with {@code id}. */
    @Transactional
    public Segment save(UUID workspaceId, UUID id, Segment draft) {
        Map<String, String> problems = problems(workspaceId, draft);
        if (!problems.isEmpty()) {
            throw new InvalidMailingException(problems);
        }
        Instant now = Mailings.now();
        String name = draft.name().strip();
        try {
            if (id == null) {
                id = Ids.newId();
                jdbc.sql("INSERT INTO segments (id, workspace_id, name, match_all, created_at, modified_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)")
                        .params(id, workspaceId, name, draft.matchAll(), Mailings.utc(now), Mailings.utc(now)).update();
            } else if (jdbc.sql("UPDATE segments SET name = ?, match_all = ?, modified_at = ? WHERE workspace_id = ? "
                    + "AND id = ?").params(name, draft.matchAll(), Mailings.utc(now), workspaceId, id).update() == 0) {
                throw new InvalidMailingException(Map.of("segment", "There is no such segment in this workspace."));
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidMailingException(Map.of("name", "A segment named \"" + name + "\" already exists."));
        }
        jdbc.sql("DELETE FROM segment_conditions WHERE segment_id = ? AND workspace_id = ?").params(id, workspaceId)
                .update();
        for (int i = 0; i < draft.conditions().size(); i++) {
            Segment.Condition c = draft.conditions().get(i);
            jdbc.sql("INSERT INTO segment_conditions (segment_id, workspace_id, position, kind, negated, condition_value) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, workspaceId, i, c.kind().name(), c.negated(), c.value().strip()).update();
        }
        return find(workspaceId, id).orElseThrow();
    }

    public boolean delete(UUID workspaceId, UUID id) {
        return jdbc.sql("DELETE FROM segments WHERE workspace_id = ? AND id = ?").params(workspaceId, id).update() > 0;
    }

    /** How many people the segment holds, and how many of them mail may reach; the draft need not be saved. */
    public long[] counts(UUID workspaceId, Segment segment) {
        if (!problems(workspaceId, segment.withoutName()).isEmpty()) {
            return new long[] {0, 0};
        }
        return new long[] {count(AudienceSql.of(workspaceId, segment, false)),
            count(AudienceSql.of(workspaceId, segment, true))};
    }

    private long count(AudienceSql sql) {
        return jdbc.sql("SELECT COUNT(*) FROM people p WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    /** What is wrong with a segment, in English, by field; empty when nothing is. */
    public Map<String, String> problems(UUID workspaceId, Segment s) {
        Map<String, String> p = new LinkedHashMap<>();
        if (s.name() != null && (s.name().isBlank() || s.name().length() > Segment.NAME || s.name().contains("\n"))) {
            p.put("name", "A segment needs a name of 1 to " + Segment.NAME + " characters on one line.");
        }
        if (s.conditions().size() > Segment.MAX_CONDITIONS) {
            p.put("conditions", "A segment can have at most " + Segment.MAX_CONDITIONS + " conditions.");
            return p;
        }
        for (int i = 0; i < s.conditions().size(); i++) {
            String problem = problem(workspaceId, s.conditions().get(i));
            if (problem != null) {
                p.put("conditions." + i, problem);
            }
        }
        return p;
    }

    private String problem(UUID workspaceId, Segment.Condition c) {
        String v = c.value() == null ? "" : c.value().strip();
        return switch (c.kind()) {
            case TAG -> Ids.parse(v).flatMap(id -> tags.find(workspaceId, id)).isPresent() ? null
                    : "Choose one of this workspace's tags.";
            case LIST -> Ids.parse(v).flatMap(id -> lists.find(workspaceId, id)).isPresent() ? null
                    : "Choose one of this workspace's lists.";
            case LANGUAGE -> v.matches("[a-zA-Z]{2,3}") ? null : "A language is a code such as en or es.";
            case REGION -> v.isEmpty() || v.length() > 100 ? "A region needs 1 to 100 characters." : null;
            case POSTAL_CODE -> v.isEmpty() || v.length() > 20 ? "A postal code needs 1 to 20 characters." : null;
            case CREATED_SINCE -> date(v) ? null : "A date is written as 2025-01-31.";
            case EMAIL_STATUS -> EmailStatus.parse(v).isPresent() && v.equals(EmailStatus.parse(v).get().wire())
                    ? null : "An email status is subscribed, unsubscribed, bouncing or spam_complaint.";
        };
    }

    private static boolean date(String v) {
        try {
            LocalDate d = LocalDate.parse(v);
            return d.getYear() >= 1900 && d.getYear() <= 9999;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Segment withConditions(Segment s) {
        List<Segment.Condition> conditions = new ArrayList<>();
        jdbc.sql("SELECT * FROM segment_conditions WHERE segment_id = ? AND workspace_id = ? ORDER BY position")
                .params(s.id(), s.workspaceId())
                .query((ResultSet rs) -> {
                    conditions.add(new Segment.Condition(Segment.Kind.valueOf(rs.getString("kind")),
                            rs.getBoolean("negated"), rs.getString("condition_value")));
                });
        return new Segment(s.id(), s.workspaceId(), s.name(), s.matchAll(), conditions, s.createdAt(), s.modifiedAt());
    }

    private static Segment map(ResultSet rs, int row) throws SQLException {
        return new Segment(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getBoolean("match_all"), List.of(), Mailings.instant(rs, "created_at"),
                Mailings.instant(rs, "modified_at"));
    }
}
