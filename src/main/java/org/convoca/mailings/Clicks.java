package org.convoca.mailings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Activities;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Opens and clicks of tracked mailings. A click's address comes from the links stored when the mailing started,
 * by the number its signed token names, never from the request; each hit is one small INSERT, counted only for a
 * person the mailing went to. A person's first open, and first click on each link, also go on their timeline.
 */
@Repository
public class Clicks {

    private final JdbcClient jdbc;
    private final SignedLinks links;
    private final Activities activities;

    Clicks(JdbcClient jdbc, SignedLinks links, Activities activities) {
        this.jdbc = jdbc;
        this.links = links;
        this.activities = activities;
    }

    /** Whether the mailing started sending with opens and clicks tracked. */
    boolean tracked(UUID workspaceId, UUID mailingId) {
        return jdbc.sql("SELECT tracked FROM mailings WHERE workspace_id = ? AND id = ?").params(workspaceId, mailingId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Marks a mailing starting now as tracked and keeps its links by number; in the transaction that starts it. */
    void track(UUID workspaceId, UUID mailingId, List<String> urls) {
        jdbc.sql("UPDATE mailings SET tracked = TRUE WHERE workspace_id = ? AND id = ?").params(workspaceId, mailingId)
                .update();
        jdbc.sql("DELETE FROM mailing_links WHERE mailing_id = ? AND workspace_id = ?").params(mailingId, workspaceId)
                .update();
        for (int i = 0; i < urls.size(); i++) {
            jdbc.sql("INSERT INTO mailing_links (mailing_id, workspace_id, link_index, url) VALUES (?, ?, ?, ?)")
                    .params(mailingId, workspaceId, i, urls.get(i)).update();
        }
    }

    /**
     * Records a click (which is an open too) and answers where it leads; empty for a token that is not one of
     * ours, names no stored link, or leads somewhere a browser should not be sent.
     */
    public Optional<String> click(String token) {
        Optional<SignedLinks.Hit> hit = links.readHit(token).filter(h -> h.link() != SignedLinks.OPEN);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        SignedLinks.Hit h = hit.get();
        Optional<String> target = jdbc.sql("""
                SELECT l.url FROM mailing_links l JOIN mailings m ON m.id = l.mailing_id AND m.tracked
                WHERE l.mailing_id = ? AND l.workspace_id = ? AND l.link_index = ?""")
                .params(h.mailingId(), h.workspaceId(), h.link()).query(String.class).optional()
                .flatMap(TrackedLinks::target);
        if (target.isPresent()) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            int rows = jdbc.sql("""
                    INSERT INTO mailing_clicks (mailing_id, workspace_id, person_id, link_index, clicked_at)
                    SELECT mailing_id, workspace_id, person_id, ?, ? FROM mailing_recipients
                    WHERE mailing_id = ? AND workspace_id = ? AND person_id = ?""")
                    .params(h.link(), Mailings.utc(Mailings.now()), h.mailingId(), h.workspaceId(), h.personId())
                    .update(key, "id");
            opened(h);
            if (rows > 0 && firstClick(h, key.getKey().longValue())) {
                remember(h, "Clicked " + target.get() + " in the newsletter “%s”");
            }
        }
        return target;
    }

    /** Records an open from the pixel; false for a token that is not an open pixel's. */
    public boolean open(String token) {
        Optional<SignedLinks.Hit> hit = links.readHit(token).filter(h -> h.link() == SignedLinks.OPEN);
        hit.ifPresent(this::opened);
        return hit.isPresent();
    }

    /** Once per person: a second open, or two at once, leaves the first. */
    private void opened(SignedLinks.Hit h) {
        try {
            int rows = jdbc.sql("""
                    INSERT INTO mailing_opens (mailing_id, workspace_id, person_id, opened_at)
                    SELECT r.mailing_id, r.workspace_id, r.person_id, ? FROM mailing_recipients r
                    JOIN mailings m ON m.id = r.mailing_id AND m.tracked
                    WHERE r.mailing_id = ? AND r.workspace_id = ? AND r.person_id = ? AND NOT EXISTS
                    (SELECT 1 FROM mailing_opens o WHERE o.mailing_id = r.mailing_id AND o.person_id = r.person_id)""")
                    .params(Mailings.utc(Mailings.now()), h.mailingId(), h.workspaceId(), h.personId()).update();
            if (rows > 0) {
                remember(h, "Opened the newsletter “%s”");
            }
        } catch (DataIntegrityViolationException openedAtTheSameMoment) {
            // Another request recorded this person's open between the check and the insert: counted once.
        }
    }

    /** Whether the click {@code id} is the person's first on that link. */
    private boolean firstClick(SignedLinks.Hit h, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM mailing_clicks WHERE mailing_id = ? AND link_index = ? AND person_id = ? "
                + "AND id < ?").params(h.mailingId(), h.link(), h.personId(), id).query(Long.class).single() == 0;
    }

    /** The person's timeline shows their first open, and their first click on each link. */
    private void remember(SignedLinks.Hit h, String sentence) {
        jdbc.sql("SELECT name FROM mailings WHERE id = ? AND workspace_id = ?").params(h.mailingId(), h.workspaceId())
                .query(String.class).optional()
                .ifPresent(name -> activities.record(h.workspaceId(), h.personId(), "newsletter",
                        sentence.formatted(name)));
    }
}
