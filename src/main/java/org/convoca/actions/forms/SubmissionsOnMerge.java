package org.convoca.actions.forms;

import org.convoca.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two people are merged, the removed one's submissions move to the kept one inside the merge's transaction;
 * where both had submitted the same form, the kept one's submission stays and counts once.
 */
@Component
class SubmissionsOnMerge {

    private final JdbcClient jdbc;

    SubmissionsOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PeopleMerged e) {
        jdbc.sql("""
                DELETE FROM form_submissions WHERE workspace_id = ? AND person_id = ? AND form_id IN
                (SELECT form_id FROM form_submissions WHERE workspace_id = ? AND person_id = ?)""")
                .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
        jdbc.sql("UPDATE form_submissions SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(e.keptId(), e.workspaceId(), e.removedId()).update();
    }
}
