package org.convoca.actions.signon;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each letter's thank-you page additions, by the letter's id; every method is scoped to one workspace. */
@Repository
public class ThankYouPages {

    private final JdbcClient jdbc;

    ThankYouPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ThankYouPage find(UUID workspaceId, UUID letterId) {
        return jdbc.sql("""
                SELECT hashtags, next_action_url FROM signon_thank_you WHERE workspace_id = ? AND letter_id = ?""")
                .params(workspaceId, letterId)
                .query((rs, n) -> new ThankYouPage(rs.getString(1), rs.getString(2))).optional()
                .orElse(ThankYouPage.NONE);
    }

    /**
     * Replaces the letter's additions. The caller has checked that the letter is this workspace's.
     *
     * @throws IllegalArgumentException when {@link ThankYouPage#problems} names any
     */
    @Transactional
    public void save(UUID workspaceId, UUID letterId, ThankYouPage page) {
        if (!page.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid thank-you page: " + page.problems().keySet());
        }
        jdbc.sql("DELETE FROM signon_thank_you WHERE workspace_id = ? AND letter_id = ?")
                .params(workspaceId, letterId).update();
        jdbc.sql("""
                INSERT INTO signon_thank_you (letter_id, workspace_id, hashtags, next_action_url, modified_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(letterId, workspaceId, page.hashtags(), page.nextActionUrl(),
                        SignonLetters.utc(SignonLetters.now())).update();
    }
}
