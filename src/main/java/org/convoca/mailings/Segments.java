package org.convoca.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convoca.shared.Ids;
import org.convoca.workspace.Workspaces;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's saved segments, how many people each one holds right now, and who some of them are. */
@Repository
public class Segments {

    /** How many people match, and how many of them mail may reach (subscribed, with an address). */
    public record Count(long matching, long reachable) {
        public static final Count NONE = new Count(0, 0);
    }

    /** One person a segment holds, for the builder's preview. */
    public record Sample(UUID id, String givenName, String familyName, String email, String emailStatus) {
    }

    private final JdbcClient jdbc;
    private final SegmentRules rules;
    private final Workspaces workspaces;
    private final Map<Segment.Kind, ActionTakers> actions;

    Segments(JdbcClient jdbc, SegmentRules rules, Workspaces workspaces, List<ActionTakers> actions) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.workspaces = workspaces;
        this.actions = actions.stream().collect(Collectors.toMap(ActionTakers::kind, a -> a));
    }

    public List<Segment> all(UUID workspaceId, long offset, int limit) {
        List<Segment> page = jdbc.sql("SELECT * FROM segments WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS "
                + "FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit).query(Segments::map).list();
        if (page.isEmpty()) {
            return page;
        }
        Map<UUID, List<Segment.Condition>> conditions = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        page.forEach(s -> params.add(s.id()));
        jdbc.sql("SELECT * FROM segment_conditions WHERE workspace_id = ? AND segment_id IN ("
                        + String.join(", ", Collections.nCopies(page.size(), "?")) + ") ORDER BY segment_id, position")
                .params(params).query((ResultSet rs) -> {
                    conditions.computeIfAbsent(rs.getObject("segment_id", UUID.class), k -> new ArrayList<>())
                            .add(condition(rs));
                });
        return page.stream().map(s -> with(s, conditions.getOrDefault(s.id(), List.of()))).toList();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM segments WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    public Optional<Segment> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM segments WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Segments::map).optional().map(s -> with(s, jdbc.sql("SELECT * FROM segment_conditions "
                        + "WHERE segment_id = ? AND workspace_id = ? ORDER BY position").params(s.id(), workspaceId)
                        .query((rs, n) -> condition(rs)).list()));
    }

    /** Creates the segment, or replaces the one with {@code id}, all at once or not at all. */
    @Transactional
    public Segment save(UUID workspaceId, UUID id, Segment draft) {
        Map<String, String> problems = rules.problems(workspaceId, draft.name() == null
                ? Segment.draft("", draft.matchAll(), draft.conditions()) : draft);
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
            throw new InvalidMailingException(Map.of("name.taken", "A segment named \"" + name + "\" already exists."));
        }
        jdbc.sql("DELETE FROM segment_conditions WHERE segment_id = ? AND workspace_id = ?").params(id, workspaceId)
                .update();
        for (int i = 0; i < draft.conditions().size(); i++) {
            Segment.Condition c = draft.conditions().get(i);
            jdbc.sql("INSERT INTO segment_conditions (segment_id, workspace_id, position, kind, negated, "
                    + "condition_value, excluded) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, workspaceId, i, c.kind().name(), c.negated(), c.value(), c.excluded()).update();
        }
        return find(workspaceId, id).orElseThrow();
    }

    /** Deletes a segment no unsent mailing is addressed to; true when it was there to delete. */
    @Transactional
    public boolean delete(UUID workspaceId, UUID id) {
        long waiting = jdbc.sql("SELECT COUNT(*) FROM mailing_targets t JOIN mailings m ON m.id = t.mailing_id "
                + "WHERE t.workspace_id = ? AND t.kind = 'segment' AND t.target_id = ? AND m.workspace_id = ? "
                + "AND m.status IN ('draft', 'scheduled')")
                .params(workspaceId, id, workspaceId).query(Long.class).single();
        if (waiting > 0) {
            throw new InvalidMailingException(Map.of("segment.used", "This segment is the audience of " + waiting
                    + " mailing(s) not sent yet: take it out of them first."));
        }
        return jdbc.sql("DELETE FROM segments WHERE workspace_id = ? AND id = ?").params(workspaceId, id).update() > 0;
    }

    /** What is wrong with a segment, in English, by field; empty when nothing is. */
    public Map<String, String> problems(UUID workspaceId, Segment s) {
        return rules.problems(workspaceId, s);
    }

    /** How many people the segment holds, and how many of them mail may reach; the draft need not be saved. */
    public Count counts(UUID workspaceId, Segment segment) {
        if (!rules.problems(workspaceId, segment.withoutName()).isEmpty()) {
            return Count.NONE;
        }
        AudienceSql.Context context = context(workspaceId);
        return new Count(count(AudienceSql.of(context, segment, false)), count(AudienceSql.of(context, segment, true)));
    }

    /** Some of the people the segment holds, by name; the draft need not be saved. */
    public List<Sample> sample(UUID workspaceId, Segment segment, int limit) {
        if (!rules.problems(workspaceId, segment.withoutName()).isEmpty()) {
            return List.of();
        }
        AudienceSql sql = AudienceSql.of(context(workspaceId), segment, false);
        List<Object> params = new ArrayList<>(sql.params());
        params.add(limit);
        return jdbc.sql("SELECT p.id, p.given_name, p.family_name, p.email, p.email_status FROM people p WHERE "
                        + sql.where() + " ORDER BY p.family_name, p.given_name, p.id FETCH FIRST ? ROWS ONLY")
                .params(params).query((rs, n) -> new Sample(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /** The actions of other modules that conditions can name ("signed this petition"), for the builder. */
    public List<ActionTakers.Action> actions(UUID workspaceId, Segment.Kind kind, int limit) {
        ActionTakers a = actions.get(kind);
        return a == null ? List.of() : a.actions(workspaceId, limit);
    }

    public Optional<ActionTakers.Action> action(UUID workspaceId, Segment.Kind kind, UUID id) {
        return Optional.ofNullable(actions.get(kind)).flatMap(a -> a.find(workspaceId, id));
    }

    AudienceSql audience(UUID workspaceId, Audience audience) {
        return AudienceSql.of(context(workspaceId), audience, id -> find(workspaceId, id).orElse(null));
    }

    private AudienceSql.Context context(UUID workspaceId) {
        ZoneId zone = workspaces.findById(workspaceId).map(w -> ZoneId.of(w.timeZone())).orElse(ZoneId.of("UTC"));
        Map<Segment.Kind, String> tookIt = new HashMap<>();
        actions.forEach((kind, a) -> tookIt.put(kind, a.tookIt()));
        return new AudienceSql.Context(workspaceId, zone, tookIt);
    }

    private long count(AudienceSql sql) {
        return jdbc.sql("SELECT COUNT(*) FROM people p WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    private static Segment with(Segment s, List<Segment.Condition> conditions) {
        return new Segment(s.id(), s.workspaceId(), s.name(), s.matchAll(), conditions, s.createdAt(), s.modifiedAt());
    }

    private static Segment.Condition condition(ResultSet rs) throws SQLException {
        return new Segment.Condition(Segment.Kind.valueOf(rs.getString("kind")), rs.getBoolean("negated"),
                rs.getString("condition_value"), rs.getBoolean("excluded"));
    }

    private static Segment map(ResultSet rs, int row) throws SQLException {
        return new Segment(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getBoolean("match_all"), List.of(), Mailings.instant(rs, "created_at"),
                Mailings.instant(rs, "modified_at"));
    }
}
