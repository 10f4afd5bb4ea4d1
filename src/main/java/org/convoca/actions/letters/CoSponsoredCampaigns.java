package org.convoca.actions.letters;

import java.util.List;
import java.util.UUID;
import org.convoca.actions.CoSponsoredAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The letter campaigns of other workspaces that a partner co-sponsors, as its staff see them: counts, never people. */
@Repository
public class CoSponsoredCampaigns {

    private final JdbcClient jdbc;

    CoSponsoredCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest co-sponsorship first, with the campaign's letters sent and the partner's own opt-ins. */
    public List<CoSponsoredAction> of(UUID partnerId, int limit) {
        return jdbc.sql("""
                SELECT l.id, t.title, w.name AS owner_name, w.slug AS owner_slug, l.slug, l.status,
                    (SELECT COUNT(*) FROM outreaches o WHERE o.workspace_id = l.workspace_id
                        AND o.campaign_id = l.id) AS total,
                    (SELECT COUNT(*) FROM action_optins o WHERE o.workspace_id = c.partner_id
                        AND o.action_id = l.id) AS opt_ins
                FROM action_cosponsors c JOIN letter_campaigns l ON l.id = c.action_id
                    AND l.workspace_id = c.workspace_id
                JOIN workspaces w ON w.id = l.workspace_id
                LEFT JOIN letter_campaign_texts t ON t.campaign_id = l.id AND t.language = l.default_language
                WHERE c.partner_id = ? ORDER BY c.created_at DESC, l.id FETCH FIRST ? ROWS ONLY""")
                .params(partnerId, limit)
                .query(CoSponsoredAction::map)
                .list();
    }
}
