package org.convoca.mailings;

import org.convoca.people.PersonDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted person's rows as a mailing recipient go with them. There is no foreign key from recipients to people
 * (checking it on each of a mailing's recipients made fixing them a third slower), so this does what its
 * {@code ON DELETE CASCADE} did, in the same transaction.
 */
@Component
class RecipientsOnDelete {

    private final JdbcClient jdbc;

    RecipientsOnDelete(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void deleted(PersonDeleted e) {
        jdbc.sql("DELETE FROM mailing_recipients WHERE person_id = ? AND workspace_id = ?")
                .params(e.personId(), e.workspaceId()).update();
    }
}
