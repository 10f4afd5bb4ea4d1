package org.convoca.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which partner workspaces co-sponsor which petitions, and the opt-ins they received. The petition's workspace
 * decides who co-sponsors; a partner only ever reads its own opt-ins.
 */
@Repository
public class CoSponsors {

    private final JdbcClient jdbc;
    private final PetitionChanges changes;
    private final CoSponsorTables tables;

    CoSponsors(JdbcClient jdbc, PetitionChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.tables = new CoSponsorTables(jdbc, "petition_cosponsors", "cosponsor_optins", "petition_id");
    }

    /** The petition's co-sponsors by name, with their opt-in counts. */
    public List<CoSponsor> of(UUID workspaceId, UUID petitionId) {
        return tables.of(workspaceId, petitionId);
    }

    /** Adds a co-sponsor; adding one twice changes nothing. */
    public void add(UUID workspaceId, UUID petitionId, UUID partnerId) {
        if (workspaceId.equals(partnerId)) {
            throw new IllegalArgumentException("A workspace cannot co-sponsor its own petition.");
        }
        Long existing = jdbc.sql("""
                SELECT COUNT(*) FROM petition_cosponsors WHERE workspace_id = ? AND petition_id = ? AND partner_id = ?""")
                .params(workspaceId, petitionId, partnerId).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("""
                    INSERT INTO petition_cosponsors (petition_id, workspace_id, partner_id, created_at)
                    VALUES (?, ?, ?, ?)""")
                    .params(petitionId, workspaceId, partnerId, Petitions.utc(Petitions.now())).update();
            changes.changed();
        }
    }

    /** Stops the partner's co-sponsorship; the people who already opted in stay theirs. */
    public boolean remove(UUID workspaceId, UUID petitionId, UUID partnerId) {
        boolean removed = tables.remove(workspaceId, petitionId, partnerId);
        changes.changed();
        return removed;
    }

    /** The petitions of other workspaces that this one co-sponsors, newest first, with its own opt-in counts. */
    public List<CoSponsoredAction> sponsoredBy(UUID partnerId, int limit) {
        return jdbc.sql("""
                SELECT p.id, t.title, w.name AS owner_name, w.slug AS owner_slug, p.slug, p.status,
                    (SELECT COUNT(*) FROM signatures s WHERE s.workspace_id = p.workspace_id
                        AND s.petition_id = p.id) AS total,
                    (SELECT COUNT(*) FROM cosponsor_optins o WHERE o.workspace_id = c.partner_id
                        AND o.petition_id = p.id) AS opt_ins
                FROM petition_cosponsors c JOIN petitions p ON p.id = c.petition_id
                JOIN workspaces w ON w.id = p.workspace_id
                LEFT JOIN petition_texts t ON t.petition_id = p.id AND t.language = p.default_language
                WHERE c.partner_id = ? ORDER BY c.created_at DESC FETCH FIRST ? ROWS ONLY""")
                .params(partnerId, limit)
                .query(CoSponsoredAction::map)
                .list();
    }

    /** Records that the partner's person opted in on this petition; a second opt-in changes nothing. */
    boolean recordOptIn(UUID partnerId, UUID petitionId, UUID partnerPersonId, OffsetDateTime at) {
        return tables.recordOptIn(partnerId, petitionId, partnerPersonId, at);
    }
}
