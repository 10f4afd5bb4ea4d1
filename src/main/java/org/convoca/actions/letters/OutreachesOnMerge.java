package org.convoca.actions.letters;

import org.convoca.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two people are merged, the removed one's outreaches move to the kept one inside the merge's transaction;
 * where both wrote on the same campaign, the kept one's outreach stays and counts once.
 */
@Component
class OutreachesOnMerge {

    private final JdbcClient jdbc;

    OutreachesOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PeopleMerged e) {
        jdbc.sql("""
                DELETE FROM outreaches WHERE workspace_id = ? AND person_id = ? AND campaign_id IN
                (SELECT campaign_id FROM outreaches WHERE workspace_id = ? AND person_id = ?)""")
                .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
        jdbc.sql("UPDATE outreaches SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(e.keptId(), e.workspaceId(), e.removedId()).update();
    }
}
