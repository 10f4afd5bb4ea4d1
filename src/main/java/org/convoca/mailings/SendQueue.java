package org.convoca.mailings;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recipients of each send, one row each, and how workers share them. First pass: each worker takes the next
 * range of ids by moving the mailing's cursor (one row written per batch, and two workers never get the same
 * range). Then the rows still queued (retries, rows handed back on a pause, rows of a worker that died) are claimed
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED}. Either way, a message is sent only by the worker whose "sending"
 * mark took the row from queued (see {@link StateLog}), so no row is sent twice by two live workers.
 */
@Component
class SendQueue {

    /** A recipient row claimed by this worker; {@code person} when it was read along, else null. */
    record Claim(long id, UUID personId, String language, int attempts, Person person) {
    }

    /** What sending needs of a person, read when their message is made so it has their current address. */
    record Person(String email, String status, String givenName, String familyName, Map<String, String> fields) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SendQueue(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Adds everyone the audience reaches, each with the language version they will get; says how many. In the order
     * of the people's ids, so that the two indexes on the person's id grow at one end instead of at random places.
     */
    int materialize(Mailing m, AudienceSql audience, Set<String> languages, String fallback, Instant now) {
        StringBuilder language = new StringBuilder("CASE");
        List<Object> params = new ArrayList<>(List.of(m.id()));
        for (String l : languages) {
            language.append(" WHEN p.language = ? OR p.language LIKE ? THEN ?");
            params.add(l);
            params.add(l + "-%");
            params.add(l);
        }
        language.append(" ELSE ? END");
        params.add(fallback);
        params.add(Mailings.utc(now));
        params.addAll(audience.params());
        int count = jdbc.sql("INSERT INTO mailing_recipients (mailing_id, workspace_id, person_id, language, state, "
                        + "next_attempt_at) SELECT ?, p.workspace_id, p.id, " + language + ", 'queued', ? FROM people p "
                        + "WHERE " + audience.where() + " ORDER BY p.id")
                .params(params).update();
        jdbc.sql("""
                UPDATE mailings SET first_recipient = COALESCE((SELECT MIN(id) FROM mailing_recipients
                WHERE mailing_id = :id), 0), last_recipient = COALESCE((SELECT MAX(id) FROM mailing_recipients
                WHERE mailing_id = :id), 0) WHERE id = :id""").param("id", m.id()).update();
        jdbc.sql("UPDATE mailings SET claim_cursor = first_recipient - 1 WHERE id = ?").param(m.id()).update();
        return count;
    }

    /**
     * The queued recipients in the next range of ids, or null when the cursor has passed the last recipient. The
     * rows are not locked: the "sending" mark decides who sends each one.
     */
    List<Claim> claimRange(UUID mailingId, UUID workspaceId, int size, Instant now) {
        Long end = tx.execute(status -> {
            int moved = jdbc.sql("UPDATE mailings SET claim_cursor = claim_cursor + ? WHERE id = ? AND workspace_id = ? "
                    + "AND status = 'sending' AND claim_cursor < last_recipient")
                    .params(size, mailingId, workspaceId).update();
            return moved == 0 ? null : jdbc.sql("SELECT claim_cursor FROM mailings WHERE id = ?").param(mailingId)
                    .query(Long.class).single();
        });
        if (end == null) {
            return null;
        }
        // The mailing is checked on each row rather than in the WHERE: given "mailing_id = ?", H2 walks the
        // mailing's index (every one of its recipients, for each batch) instead of the range of ids.
        List<Claim> claims = new ArrayList<>();
        jdbc.sql("""
                SELECT r.id, r.person_id, r.language, r.attempts, p.email, p.email_status, p.given_name, p.family_name,
                r.mailing_id
                FROM mailing_recipients r LEFT JOIN people p ON p.id = r.person_id AND p.workspace_id = r.workspace_id
                WHERE r.id BETWEEN ? AND ? AND r.workspace_id = ? AND r.state = 'queued'
                AND r.next_attempt_at <= ? ORDER BY r.id""")
                .params(end - size + 1, end, workspaceId, Mailings.utc(now))
                .query((ResultSet rs) -> {
                    if (mailingId.equals(rs.getObject(9, UUID.class))) {
                        claims.add(new Claim(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getInt(4), rs.getString(6) == null ? null : new Person(rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), new HashMap<>())));
                    }
                });
        return claims;
    }

    /** The rows still queued once the cursor is through, claimed for this worker. */
    List<Claim> claim(UUID mailingId, UUID workspaceId, String worker, int max, Instant now) {
        return tx.execute(status -> {
            List<Claim> claims = jdbc.sql("""
                    SELECT id, person_id, language, attempts FROM mailing_recipients
                    WHERE mailing_id = ? AND workspace_id = ? AND state = 'queued' AND next_attempt_at <= ?
                    ORDER BY id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
                    .params(mailingId, workspaceId, Mailings.utc(now), max)
                    .query((rs, n) -> new Claim(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getInt(4), null))
                    .list();
            if (!claims.isEmpty()) {
                jdbc.sql("UPDATE mailing_recipients SET state = 'claimed', claimed_by = :worker WHERE id IN (:ids)")
                        .param("worker", worker).param("ids", claims.stream().map(Claim::id).toList()).update();
            }
            return claims;
        });
    }

    Map<UUID, Person> people(UUID workspaceId, Collection<UUID> ids, Set<String> fieldNames) {
        Map<UUID, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        jdbc.sql("SELECT id, email, email_status, given_name, family_name FROM people WHERE workspace_id = :ws "
                        + "AND id IN (:ids)")
                .param("ws", workspaceId).param("ids", ids)
                .query((ResultSet rs) -> {
                    people.put(rs.getObject(1, UUID.class), new Person(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), new HashMap<>()));
                });
        addFields(workspaceId, people, fieldNames);
        return people;
    }

    /** Fills in the custom fields the mailing uses, for these people. */
    void addFields(UUID workspaceId, Map<UUID, Person> people, Set<String> fieldNames) {
        if (fieldNames.isEmpty() || people.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT person_id, field_name, field_value FROM person_fields WHERE workspace_id = :ws "
                        + "AND person_id IN (:ids) AND field_name IN (:names)")
                .param("ws", workspaceId).param("ids", people.keySet()).param("names", fieldNames)
                .query((ResultSet rs) -> {
                    Person p = people.get(rs.getObject(1, UUID.class));
                    if (p != null) {
                        p.fields().put(rs.getString(2), rs.getString(3));
                    }
                });
    }

    /**
     * Puts back in the queue the rows claimed by workers that have not announced themselves within the lease.
     * Rows such a worker had marked {@code sending} were in their SMTP conversation when it stopped: they are sent
     * again, so that nobody is missed, and they are the only ones that can arrive twice.
     */
    int reclaim(UUID mailingId, UUID workspaceId, Instant now, Duration lease) {
        return jdbc.sql("""
                UPDATE mailing_recipients SET state = 'queued', claimed_by = NULL
                WHERE mailing_id = ? AND workspace_id = ? AND state IN ('claimed', 'sending')
                AND claimed_by NOT IN (SELECT worker_id FROM mailing_workers WHERE heartbeat_at > ?)""")
                .params(mailingId, workspaceId, Mailings.utc(now.minus(lease))).update();
    }

    /** How many of a mailing's recipients are still to be sent (queued, waiting for a retry, or in a worker). */
    long unfinished(UUID mailingId, UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM mailing_recipients WHERE mailing_id = ? AND workspace_id = ? AND state "
                + "IN ('queued', 'claimed', 'sending')").params(mailingId, workspaceId).query(Long.class).single();
    }

    /**
     * Marks a sending mailing sent once no recipient is left, with its counts made exact from the recipients (the
     * workers add theirs only now and then); true when this call did.
     */
    boolean finishIfDone(UUID mailingId, UUID workspaceId, Instant now) {
        return tx.execute(status -> {
            Map<String, Long> states = new HashMap<>();
            jdbc.sql("SELECT state, COUNT(*) FROM mailing_recipients WHERE mailing_id = ? AND workspace_id = ? "
                    + "GROUP BY state").params(mailingId, workspaceId)
                    .query(rs -> {
                        states.put(rs.getString(1), rs.getLong(2));
                    });
            if (Stream.of("queued", "claimed", "sending").anyMatch(states::containsKey)) {
                return false;
            }
            return jdbc.sql("UPDATE mailings SET status = 'sent', finished_at = ?, sent_count = ?, failed_count = ?, "
                    + "skipped_count = ? WHERE id = ? AND workspace_id = ? AND status = 'sending'")
                    .params(Mailings.utc(now), states.getOrDefault("sent", 0L), states.getOrDefault("failed", 0L),
                            states.getOrDefault("skipped", 0L), mailingId, workspaceId)
                    .update() > 0;
        });
    }

    void heartbeat(String worker, Instant now) {
        if (jdbc.sql("UPDATE mailing_workers SET heartbeat_at = ? WHERE worker_id = ?")
                .params(Mailings.utc(now), worker).update() == 0) {
            jdbc.sql("INSERT INTO mailing_workers (worker_id, heartbeat_at) VALUES (?, ?)")
                    .params(worker, Mailings.utc(now)).update();
        }
    }

    void forget(String worker) {
        jdbc.sql("DELETE FROM mailing_workers WHERE worker_id = ?").param(worker).update();
    }

    /** Workers silent for a day are gone for good. */
    void forgetSilent(Instant now) {
        jdbc.sql("DELETE FROM mailing_workers WHERE heartbeat_at < ?").param(Mailings.utc(now.minus(Duration.ofDays(1))))
                .update();
    }

    /** The mailings being sent now, in every workspace: the work of every node. */
    List<Active> active() {
        return jdbc.sql("SELECT id, workspace_id, modified_at FROM mailings WHERE status = 'sending'")
                .query((rs, n) -> new Active(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Mailings.instant(rs, "modified_at")))
                .list();
    }

    /** A mailing being sent; {@code version} changes when it is paused, resumed or cancelled. */
    record Active(UUID id, UUID workspaceId, Instant version) {
    }
}
