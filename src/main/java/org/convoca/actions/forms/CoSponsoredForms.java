package org.convoca.actions.forms;

import java.util.List;
import java.util.UUID;
import org.convoca.actions.CoSponsoredAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forms of other workspaces that a partner co-sponsors, as its staff see them: counts, never people. */
@Repository
public class CoSponsoredForms {

    private final JdbcClient jdbc;

    CoSponsoredForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest co-sponsorship first, with the form's submissions and the partner's own opt-ins. */
    public List<CoSponsoredAction> of(UUID partnerId, int limit) {
        return jdbc.sql("""
                SELECT f.id, t.title, w.name AS owner_name, w.slug AS owner_slug, f.slug, f.status,
                    (SELECT COUNT(*) FROM form_submissions s WHERE s.workspace_id = f.workspace_id
                        AND s.form_id = f.id) AS total,
                    (SELECT COUNT(*) FROM action_optins o WHERE o.workspace_id = c.partner_id
                        AND o.action_id = f.id) AS opt_ins
                FROM action_cosponsors c JOIN forms f ON f.id = c.action_id AND f.workspace_id = c.workspace_id
                JOIN workspaces w ON w.id = f.workspace_id
                LEFT JOIN form_texts t ON t.form_id = f.id AND t.language = f.default_language
                WHERE c.partner_id = ? ORDER BY c.created_at DESC, f.id FETCH FIRST ? ROWS ONLY""")
                .params(partnerId, limit)
                .query(CoSponsoredAction::map)
                .list();
    }
}
