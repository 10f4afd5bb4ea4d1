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
    private final CoSponsorTables tables;

    ActionCoSponsors(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tables = new CoSponsorTables(jdbc, "action_cosponsors", "action_optins", "action_id");
    }

    /** The action's co-sponsors by name, with their opt-in counts. */
    public List<CoSponsor> of(UUID workspaceId, UUID actionId) {
        return tables.of(workspaceId, actionId);
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
        return tables.remove(workspaceId, actionId, partnerId);
    }

    /** Records that the partner's person opted in on this action; false if they already had. */
    boolean recordOptIn(UUID partnerId, UUID actionId, UUID partnerPersonId) {
        return tables.recordOptIn(partnerId, actionId, partnerPersonId, Petitions.utc(Petitions.now()));
    }
}
