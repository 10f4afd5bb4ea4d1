package org.convoca.actions.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.PetitionLimits.Problem;
import org.convoca.mail.OutgoingEmail;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's decision makers. Every method is scoped to one workspace. */
@Repository("letterTargets")
public class Targets {

    /** More than any legislature; keeps a campaign's page and its matching small. */
    public static final int MAX = 5_000;

    private final JdbcClient jdbc;

    Targets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is wrong with a target, field by field; empty when nothing is. */
    public static Map<String, Problem> problems(Target t) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (t.name().isEmpty()) {
            problems.put("name", new Problem("required", 0));
        } else if (t.name().length() > Target.NAME) {
            problems.put("name", new Problem("too-long", Target.NAME));
        }
        if (t.title().length() > Target.TITLE) {
            problems.put("title", new Problem("too-long", Target.TITLE));
        }
        if (!OutgoingEmail.isValidAddress(t.email())) {
            problems.put("email", new Problem("email", 0));
        }
        if (t.regions().size() > Target.AREAS || t.regions().stream().anyMatch(r -> r.length() > Target.AREA)) {
            problems.put("regions", new Problem("areas", Target.AREAS));
        }
        if (t.postalPrefixes().size() > Target.AREAS
                || t.postalPrefixes().stream().anyMatch(r -> r.length() > Target.AREA)) {
            problems.put("postal_prefixes", new Problem("areas", Target.AREAS));
        }
        return problems;
    }

    public List<Target> all(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM letter_targets WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS "
                + "FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit).query(Targets::map).list();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM letter_targets WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    public Optional<Target> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM letter_targets WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Targets::map).optional();
    }

    /** The campaign's targets, by name. */
    public List<Target> of(UUID workspaceId, UUID campaignId) {
        return jdbc.sql("""
                SELECT t.* FROM letter_targets t JOIN letter_campaign_targets c ON c.target_id = t.id
                WHERE c.workspace_id = ? AND c.campaign_id = ? ORDER BY t.name, t.id""")
                .params(workspaceId, campaignId).query(Targets::map).list();
    }

    /** Saves a new target. @throws InvalidLetterException when a field is wrong or the workspace has too many */
    public Target add(UUID workspaceId, Target draft) {
        Map<String, Problem> problems = problems(draft);
        if (count(workspaceId) >= MAX) {
            problems = Map.of("name", new Problem("targets", MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidLetterException(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Target t = new Target(Ids.newId(), workspaceId, draft.name(), draft.title(), draft.email(), draft.regions(),
                draft.postalPrefixes(), now);
        jdbc.sql("""
                INSERT INTO letter_targets (id, workspace_id, name, title, email, regions, postal_prefixes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(t.id(), workspaceId, t.name(), t.title(), t.email(),
                String.join(" ", t.regions()), String.join(" ", t.postalPrefixes()), now.atOffset(ZoneOffset.UTC))
                .update();
        return t;
    }

    /** Adds every target or, if any is wrong, none. @throws InvalidLetterException keyed {@code row 3: email} */
    @Transactional
    public int addAll(UUID workspaceId, List<Target> drafts) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size() && problems.size() < 20; i++) {
            int row = i + 2;
            problems(drafts.get(i)).forEach((field, p) -> problems.put("row " + row + ": " + field, p));
        }
        if (count(workspaceId) + drafts.size() > MAX) {
            problems.put("file", new Problem("targets", MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidLetterException(problems);
        }
        drafts.forEach(d -> add(workspaceId, d));
        return drafts.size();
    }

    public boolean remove(UUID workspaceId, UUID id) {
        return jdbc.sql("DELETE FROM letter_targets WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .update() == 1;
    }

    private static Target map(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getString("title"), rs.getString("email"),
                Target.areas(rs.getString("regions")), Target.areas(rs.getString("postal_prefixes")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
