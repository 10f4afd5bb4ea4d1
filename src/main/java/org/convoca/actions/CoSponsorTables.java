package org.convoca.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two tables behind one kind of action's co-sponsors, laid out alike for every kind: who co-sponsors which
 * action (the action's id, its workspace, the partner), and which of the partner's people opted in on it (rows of
 * the partner's data). The table and column names are the code's own, never anyone's input.
 */
public final class CoSponsorTables {

    private final JdbcClient jdbc;
    private final String coSponsors;
    private final String optIns;
    private final String action;

    /**
     * @param coSponsors the table of co-sponsors, like {@code signon_cosponsors}
     * @param optIns     the table of opt-ins, like {@code signon_optins}
     * @param action     the column both name the action by, like {@code letter_id}
     */
    public CoSponsorTables(JdbcClient jdbc, String coSponsors, String optIns, String action) {
        this.jdbc = jdbc;
        this.coSponsors = coSponsors;
        this.optIns = optIns;
        this.action = action;
    }

    /** The action's co-sponsors by name, with their opt-in counts. */
    public List<CoSponsor> of(UUID workspaceId, UUID actionId) {
        return jdbc.sql("""
                SELECT w.id, w.slug, w.name, (SELECT COUNT(*) FROM %2$s o
                    WHERE o.workspace_id = c.partner_id AND o.%3$s = c.%3$s) AS opt_ins
                FROM %1$s c JOIN workspaces w ON w.id = c.partner_id
                WHERE c.workspace_id = ? AND c.%3$s = ? ORDER BY w.name, w.id""".formatted(coSponsors, optIns, action))
                .params(workspaceId, actionId)
                .query((rs, n) -> new CoSponsor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    /** Stops the partner's co-sponsorship; the people who already opted in stay theirs. */
    public boolean remove(UUID workspaceId, UUID actionId, UUID partnerId) {
        return jdbc.sql("DELETE FROM %s WHERE workspace_id = ? AND %s = ? AND partner_id = ?".formatted(coSponsors,
                action)).params(workspaceId, actionId, partnerId).update() == 1;
    }

    /** Records that the partner's person opted in on this action; false if they already had. */
    public boolean recordOptIn(UUID partnerId, UUID actionId, UUID partnerPersonId, OffsetDateTime at) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM %s WHERE workspace_id = ? AND %s = ? AND person_id = ?"
                .formatted(optIns, action)).params(partnerId, actionId, partnerPersonId).query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO %s (workspace_id, %s, person_id, created_at) VALUES (?, ?, ?, ?)".formatted(optIns,
                action)).params(partnerId, actionId, partnerPersonId, at).update();
        return true;
    }
}
