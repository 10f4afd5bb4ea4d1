package org.convoca.actions;

import org.convoca.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two people are merged, the removed one's signatures and opt-ins (on petitions, forms and letter campaigns)
 * move to the kept one, inside the merge's transaction; where both had signed the same petition, the kept one's
 * signature stays and counts once.
 */
@Component
class SignaturesOnMerge {

    private final JdbcClient jdbc;

    SignaturesOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PeopleMerged e) {
        jdbc.sql("""
                DELETE FROM signatures WHERE workspace_id = ? AND person_id = ? AND petition_id IN
                (SELECT petition_id FROM signatures WHERE workspace_id = ? AND person_id = ?)""")
                .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
        jdbc.sql("UPDATE signatures SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(e.keptId(), e.workspaceId(), e.removedId()).update();
        jdbc.sql("""
                DELETE FROM cosponsor_optins WHERE workspace_id = ? AND person_id = ? AND petition_id IN
                (SELECT petition_id FROM cosponsor_optins WHERE workspace_id = ? AND person_id = ?)""")
                .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
        jdbc.sql("UPDATE cosponsor_optins SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(e.keptId(), e.workspaceId(), e.removedId()).update();
        jdbc.sql("""
                DELETE FROM action_optins WHERE workspace_id = ? AND person_id = ? AND action_id IN
                (SELECT action_id FROM action_optins WHERE workspace_id = ? AND person_id = ?)""")
                .params(e.workspaceId(), e.removedId(), e.workspaceId(), e.keptId()).update();
        jdbc.sql("UPDATE action_optins SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(e.keptId(), e.workspaceId(), e.removedId()).update();
    }
}
