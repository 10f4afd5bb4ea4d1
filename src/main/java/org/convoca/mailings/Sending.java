package org.convoca.mailings;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, scheduling, pausing, resuming and cancelling sends. Starting fixes the recipients (one row each, with
 * their language) in the same transaction that makes the mailing "sending", so a crash never leaves half a list.
 */
@Service
public class Sending {

    private final Mailings mailings;
    private final Segments segments;
    private final SendQueue queue;
    private final Workspaces workspaces;
    private final JdbcClient jdbc;
    private final ObjectProvider<DeliveryWorker> worker;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<ScheduledStart.Start> startTask;
    private final Tracking tracking;

    Sending(Mailings mailings, Segments segments, SendQueue queue, Workspaces workspaces, JdbcClient jdbc,
            ObjectProvider<DeliveryWorker> worker, ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<ScheduledStart.Start> mailingStart, Tracking tracking) {
        this.mailings = mailings;
        this.segments = segments;
        this.queue = queue;
        this.workspaces = workspaces;
        this.jdbc = jdbc;
        this.worker = worker;
        this.scheduler = scheduler;
        this.startTask = mailingStart;
        this.tracking = tracking;
    }

    /** What stands between a mailing and sending it, in English by field; empty when it can go. */
    public Map<String, String> unready(Mailing m) {
        Map<String, String> p = new LinkedHashMap<>();
        Workspace w = workspaces.findById(m.workspaceId()).orElseThrow();
        if (m.versions().isEmpty()) {
            p.put("versions", "Write the mailing first: it has no version in any language.");
        }
        for (MailingVersion v : m.versions().values()) {
            if (v.subject().isBlank()) {
                p.put(v.language() + ".subject", "The " + v.language() + " version needs a subject.");
            }
            if (v.blocks().isEmpty()) {
                p.put(v.language() + ".blocks", "The " + v.language() + " version has no content.");
            }
        }
        if (m.audience().isEmpty()) {
            p.put("audience", "Choose whom to send it to: everyone subscribed, or lists, tags or segments.");
        } else if (!targetsExist(m)) {
            p.put("audience", "A list, tag or segment this mailing goes to or leaves out no longer exists; choose "
                    + "the audience again.");
        }
        if (w.postalAddress().isBlank()) {
            p.put("postal_address", "The workspace needs a postal address (in Settings): the law asks every "
                    + "newsletter to show one.");
        }
        return p;
    }

    private boolean targetsExist(Mailing m) {
        for (Audience.Target t : m.audience().targets()) {
            String table = switch (t.kind()) {
                case LIST -> "lists";
                case TAG -> "tags";
                case SEGMENT -> "segments";
            };
            if (jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND id = ?")
                    .params(m.workspaceId(), t.id()).query(Long.class).single() == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A scheduled mailing that cannot start when its time comes goes back to being a draft, with the reasons kept
     * for staff to read, rather than staying "scheduled" forever. False when it was no longer scheduled.
     */
    boolean returnToDraft(UUID workspaceId, UUID id, Map<String, String> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach((field, sentence) -> text.append(field).append('\t')
                .append(sentence.replace('\n', ' ').replace('\t', ' ')).append('\n'));
        String stored = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
        return jdbc.sql("UPDATE mailings SET status = 'draft', start_problem = ?, modified_at = ? WHERE workspace_id = ? "
                        + "AND id = ? AND status = 'scheduled'")
                .params(stored, Mailings.utc(Mailings.now()), workspaceId, id).update() > 0;
    }

    /**
     * Why the mailing, scheduled earlier, could not start (English sentences by field), and when it was due;
     * empty when it did not fail to start.
     */
    public Optional<StartProblem> startProblem(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT start_problem, scheduled_at FROM mailings WHERE workspace_id = ? AND id = ? "
                        + "AND start_problem IS NOT NULL")
                .params(workspaceId, id)
                .query((rs, n) -> {
                    Map<String, String> problems = new LinkedHashMap<>();
                    for (String line : rs.getString(1).split("\n")) {
                        String[] parts = line.split("\t", 2);
                        if (parts.length == 2) {
                            problems.put(parts[0], parts[1]);
                        }
                    }
                    return new StartProblem(Mailings.instant(rs, "scheduled_at"), problems);
                })
                .optional();
    }

    /** Which of these mailings went back to draft because they could not start. */
    public Set<UUID> failedToStart(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM mailings WHERE workspace_id = :ws AND id IN (:ids) "
                        + "AND start_problem IS NOT NULL")
                .param("ws", workspaceId).param("ids", ids).query(UUID.class).list());
    }

    /** What kept a scheduled mailing from starting at {@code due}. */
    public record StartProblem(Instant due, Map<String, String> problems) {
    }

    /** How many people would receive the mailing if it were sent now. */
    public long reach(UUID workspaceId, Audience audience) {
        AudienceSql sql = audience(workspaceId, audience);
        return jdbc.sql("SELECT COUNT(*) FROM people p WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    /** Starts sending a draft (or a scheduled mailing whose time has come); returns how many it goes to. */
    @Transactional
    public long start(UUID workspaceId, UUID id) {
        Mailing m = mailings.find(workspaceId, id).orElseThrow(() -> refused("There is no such mailing."));
        if (m.status() != MailingStatus.DRAFT && m.status() != MailingStatus.SCHEDULED) {
            throw refused("This mailing has already been sent or is being sent.");
        }
        Map<String, String> problems = unready(m);
        if (!problems.isEmpty()) {
            throw new InvalidMailingException(problems);
        }
        Workspace w = workspaces.findById(workspaceId).orElseThrow();
        String fallback = m.versions().containsKey(w.defaultLanguage()) ? w.defaultLanguage()
                : m.versions().keySet().iterator().next();
        Instant now = Mailings.now();
        int count = queue.materialize(m, audience(workspaceId, m.audience()), m.versions().keySet(), fallback, now);
        jdbc.sql("UPDATE mailings SET status = 'sending', started_at = ?, total_recipients = ?, modified_at = ?, "
                        + "start_problem = NULL WHERE workspace_id = ? AND id = ?")
                .params(Mailings.utc(now), count, Mailings.utc(now), workspaceId, id).update();
        tracking.fix(m);
        worker.ifAvailable(DeliveryWorker::nudge);
        return count;
    }

    /** Schedules a draft to start sending at {@code at}; until then it can be cancelled. */
    @Transactional
    public void schedule(UUID workspaceId, UUID id, Instant at) {
        Mailing m = mailings.find(workspaceId, id).orElseThrow(() -> refused("There is no such mailing."));
        if (m.status() != MailingStatus.DRAFT) {
            throw refused("Only a draft can be scheduled.");
        }
        Map<String, String> problems = unready(m);
        if (!problems.isEmpty()) {
            throw new InvalidMailingException(problems);
        }
        if (at.isBefore(Instant.now().minusSeconds(60)) || at.isAfter(Instant.now().plusSeconds(366L * 86400))) {
            throw new InvalidMailingException(Map.of("scheduled_at", "Choose a time in the coming year."));
        }
        jdbc.sql("UPDATE mailings SET status = 'scheduled', scheduled_at = ?, modified_at = ?, start_problem = NULL "
                + "WHERE workspace_id = ? AND id = ?").params(Mailings.utc(at), Mailings.utc(Mailings.now()), workspaceId, id).update();
        scheduler.getObject().schedule(startTask.instance(id.toString(), new ScheduledStart.Start(workspaceId, id)),
                at);
    }

    public void pause(UUID workspaceId, UUID id) {
        move(workspaceId, id, MailingStatus.SENDING, MailingStatus.PAUSED, "Only a mailing being sent can be paused.");
    }

    public void resume(UUID workspaceId, UUID id) {
        move(workspaceId, id, MailingStatus.PAUSED, MailingStatus.SENDING, "Only a paused mailing can be resumed.");
        worker.ifAvailable(DeliveryWorker::nudge);
    }

    /** Stops a send for good: nobody not yet reached will be; messages in their SMTP conversation still finish. */
    @Transactional
    public void cancel(UUID workspaceId, UUID id) {
        int rows = jdbc.sql("UPDATE mailings SET status = 'cancelled', finished_at = ?, modified_at = ? "
                        + "WHERE workspace_id = ? AND id = ? AND status IN ('scheduled', 'sending', 'paused')")
                .params(Mailings.utc(Mailings.now()), Mailings.utc(Mailings.now()), workspaceId, id).update();
        if (rows == 0) {
            throw refused("Only a scheduled, sending or paused mailing can be cancelled.");
        }
        jdbc.sql("UPDATE mailing_recipients SET state = 'cancelled', claimed_by = NULL WHERE mailing_id = ? "
                + "AND workspace_id = ? AND state IN ('queued', 'claimed')").params(id, workspaceId).update();
    }

    private void move(UUID workspaceId, UUID id, MailingStatus from, MailingStatus to, String problem) {
        int rows = jdbc.sql("UPDATE mailings SET status = ?, modified_at = ? WHERE workspace_id = ? AND id = ? "
                        + "AND status = ?")
                .params(to.wire(), Mailings.utc(Mailings.now()), workspaceId, id, from.wire()).update();
        if (rows == 0) {
            throw refused(problem);
        }
    }

    private AudienceSql audience(UUID workspaceId, Audience audience) {
        return segments.audience(workspaceId, audience);
    }

    Optional<Mailing> find(UUID workspaceId, UUID id) {
        return mailings.find(workspaceId, id);
    }

    private static InvalidMailingException refused(String sentence) {
        return new InvalidMailingException(Map.of("status", sentence));
    }
}
