package org.convoca.actions.signon;

import java.util.List;
import java.util.UUID;
import org.convoca.actions.CoSponsor;
import org.convoca.actions.CoSponsorTables;
import org.convoca.actions.CoSponsoredAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which partner workspaces co-sponsor which letters, and the opt-ins they received. The letter's workspace decides
 * who co-sponsors; a partner only ever reads its own opt-ins.
 */
@Repository
public class LetterCoSponsors {

    private final JdbcClient jdbc;
    private final CoSponsorTables tables;

    LetterCoSponsors(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tables = new CoSponsorTables(jdbc, "signon_cosponsors", "signon_optins", "letter_id");
    }

    /** The letter's co-sponsors by name, with their opt-in counts. */
    public List<CoSponsor> of(UUID workspaceId, UUID letterId) {
        return tables.of(workspaceId, letterId);
    }

    /** Adds a co-sponsor; adding one twice changes nothing. */
    public void add(UUID workspaceId, UUID letterId, UUID partnerId) {
        if (workspaceId.equals(partnerId)) {
            throw new IllegalArgumentException("A workspace cannot co-sponsor its own letter.");
        }
        jdbc.sql("""
                INSERT INTO signon_cosponsors (letter_id, workspace_id, partner_id, created_at)
                SELECT l.id, l.workspace_id, ?, ? FROM signon_letters l WHERE l.workspace_id = ? AND l.id = ?
                AND NOT EXISTS (SELECT 1 FROM signon_cosponsors c WHERE c.letter_id = l.id AND c.partner_id = ?)""")
                .params(partnerId, SignonLetters.utc(SignonLetters.now()), workspaceId, letterId, partnerId).update();
    }

    /** Stops the partner's co-sponsorship; the people who already opted in stay theirs. */
    public boolean remove(UUID workspaceId, UUID letterId, UUID partnerId) {
        return tables.remove(workspaceId, letterId, partnerId);
    }

    /**
     * The letters of other workspaces that this one co-sponsors, newest first, with their signatories as the public
     * page counts them (each organization once, then each individual; approved only) and this one's own opt-ins.
     */
    public List<CoSponsoredAction> sponsoredBy(UUID partnerId, int limit) {
        return jdbc.sql("""
                SELECT l.id, t.title, w.name AS owner_name, w.slug AS owner_slug, l.slug, l.status,
                    (SELECT COUNT(DISTINCT s.listing_id) FROM signon_signatures s WHERE s.workspace_id = l.workspace_id
                        AND s.letter_id = l.id AND s.status = 'approved' AND s.listing_id IS NOT NULL)
                    + (SELECT COUNT(*) FROM signon_signatures s WHERE s.workspace_id = l.workspace_id
                        AND s.letter_id = l.id AND s.status = 'approved' AND s.listing_id IS NULL) AS total,
                    (SELECT COUNT(*) FROM signon_optins o WHERE o.workspace_id = c.partner_id
                        AND o.letter_id = l.id) AS opt_ins
                FROM signon_cosponsors c JOIN signon_letters l ON l.id = c.letter_id
                JOIN workspaces w ON w.id = l.workspace_id
                LEFT JOIN signon_letter_texts t ON t.letter_id = l.id AND t.language = l.default_language
                WHERE c.partner_id = ? ORDER BY c.created_at DESC, l.id FETCH FIRST ? ROWS ONLY""")
                .params(partnerId, limit)
                .query(CoSponsoredAction::map)
                .list();
    }

    /** Records that the partner's person opted in on this letter; false if they already had. */
    boolean recordOptIn(UUID partnerId, UUID letterId, UUID partnerPersonId) {
        return tables.recordOptIn(partnerId, letterId, partnerPersonId, SignonLetters.utc(SignonLetters.now()));
    }
}
