package org.convoca.actions;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which partner workspaces co-sponsor which forms and letter campaigns (by the action's id), and the opt-ins they
 * received. The action's workspace decides who co-sponsors; a partner only ever reads its own opt-ins.
 */
@Repository
public class ActionCoSponsors {

    private final JdbcClient jdbc;

    ActionCoSponsors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The action's co-sponsors by name, with their opt-in counts. */
    public List<CoSponsor> of(UUID workspaceId, UUID actionId) {
        return jdbc.sql("""
                SELECT w.id, w.slug, w.name, (SELECT COUNT(*) FROM action_optins o
                    WHERE o.workspace_id = c.partner_id AND o.action_id = c.action_id) AS opt_ins
                FROM action_cosponsors c JOIN workspaces w ON w.id = c.partner_id
                WHERE c.workspace_id = ? AND c.action_id = ? ORDER BY w.name, w.id""")
                .params(workspaceId, actionId)
                .query((rs, n) -> new CoSponsor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    /**
     * Adds a co-sponsor; adding one twice changes nothing. The caller has checked that the action is this
     * workspace's.
     */
    public void add(UUID workspaceId, UUID actionId, UUID partnerId) {
        if (workspaceId.equals(partnerId)) {
            throw new IllegalArgumentException("A workspace cannot co-sponsor its own action.");
        }
        long existing = jdbc.sql("SELECT COUNT(*) FROM action_cosponsors WHERE action_id = ? AND partner_id = ?")
                .params(actionId, partnerId).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("""
                    INSERT INTO action_cosponsors (action_id, workspace_id, partner_id, created_at)
                    VALUES (?, ?, ?, ?)""")
                    .params(actionId, workspaceId, partnerId, Petitions.utc(Petitions.now())).update();
        }
    }

    /** Stops the partner's co-sponsorship; the people who already opted in stay theirs. */
    public boolean remove(UUID workspaceId, UUID actionId, UUID partnerId) {
        return jdbc.sql("DELETE FROM action_cosponsors WHERE workspace_id = ? AND action_id = ? AND partner_id = ?")
                .params(workspaceId, actionId, partnerId).update() == 1;
    }

    /** Records that the partner's person opted in on this action; false if they already had. */
    boolean recordOptIn(UUID partnerId, UUID actionId, UUID partnerPersonId) {
        long existing = jdbc.sql("""
                SELECT COUNT(*) FROM action_optins WHERE workspace_id = ? AND action_id = ? AND person_id = ?""")
                .params(partnerId, actionId, partnerPersonId).query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO action_optins (workspace_id, action_id, person_id, created_at) VALUES (?, ?, ?, ?)")
                .params(partnerId, actionId, partnerPersonId, Petitions.utc(Petitions.now())).update();
        return true;
    }
}
