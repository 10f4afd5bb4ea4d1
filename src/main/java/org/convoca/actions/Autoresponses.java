package org.convoca.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each action's confirmation email, by the action's id; every method is scoped to one workspace. */
@Repository
public class Autoresponses {

    private final JdbcClient jdbc;

    Autoresponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The action's confirmation email; {@link Autoresponse#NONE} when staff never set one. */
    public Autoresponse find(UUID workspaceId, UUID actionId) {
        Boolean enabled = jdbc.sql("SELECT enabled FROM autoresponses WHERE workspace_id = ? AND action_id = ?")
                .params(workspaceId, actionId).query(Boolean.class).optional().orElse(null);
        if (enabled == null) {
            return Autoresponse.NONE;
        }
        Map<String, AutoresponseText> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT language, subject, body FROM autoresponse_texts WHERE workspace_id = ? AND action_id = ? "
                        + "ORDER BY language")
                .params(workspaceId, actionId)
                .query((rs, n) -> new AutoresponseText(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().forEach(t -> texts.put(t.language(), t));
        return new Autoresponse(enabled, texts);
    }

    /** Whether the action sends one: the only question asked on the busy signing path, one indexed row. */
    boolean isEnabled(UUID workspaceId, UUID actionId) {
        return jdbc.sql("SELECT enabled FROM autoresponses WHERE workspace_id = ? AND action_id = ?")
                .params(workspaceId, actionId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Replaces the action's confirmation email. The caller has checked that the action is this workspace's.
     *
     * @throws InvalidPetitionException when a text is too long or half-written
     */
    @Transactional
    public void save(UUID workspaceId, UUID actionId, Autoresponse a) {
        Map<String, PetitionLimits.Problem> problems = a.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPetitionException(problems);
        }
        jdbc.sql("DELETE FROM autoresponses WHERE workspace_id = ? AND action_id = ?").params(workspaceId, actionId)
                .update();
        jdbc.sql("INSERT INTO autoresponses (action_id, workspace_id, enabled, modified_at) VALUES (?, ?, ?, ?)")
                .params(actionId, workspaceId, a.enabled(), Petitions.utc(Petitions.now())).update();
        a.texts().values().stream().filter(t -> !t.isEmpty()).forEach(t -> jdbc.sql("""
                INSERT INTO autoresponse_texts (action_id, workspace_id, language, subject, body)
                VALUES (?, ?, ?, ?, ?)""").params(actionId, workspaceId, t.language(), t.subject(), t.body()).update());
    }

    /** How many confirmations of this action went out. */
    public long sent(UUID workspaceId, UUID actionId) {
        return jdbc.sql("SELECT COUNT(*) FROM autoresponses_sent WHERE workspace_id = ? AND action_id = ?")
                .params(workspaceId, actionId).query(Long.class).single();
    }

    /** Claims the one confirmation for this person; false when it was claimed (and so sent) before. */
    boolean claim(UUID workspaceId, UUID actionId, UUID personId) {
        Long existing = jdbc.sql("SELECT COUNT(*) FROM autoresponses_sent WHERE action_id = ? AND person_id = ?")
                .params(actionId, personId).query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO autoresponses_sent (action_id, person_id, workspace_id, sent_at) VALUES (?, ?, ?, ?)")
                .params(actionId, personId, workspaceId, Petitions.utc(Petitions.now())).update();
        return true;
    }
}
