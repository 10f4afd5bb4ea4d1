package org.convoca.events.followup;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.EventLinks;
import org.convoca.events.Events;
import org.convoca.mail.InvalidEmailException;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.shared.web.SafeMarkdown;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a follow-up, one person per transaction with their line in the delivery log: a message the relay refuses
 * leaves no line and is tried again when the task is retried; one that went out is never sent again. Each person
 * reads it in the language they registered in (else their own, else the event's). Addresses that unsubscribed,
 * bounce or complained are skipped.
 */
@Component
class FollowUpMailer {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpMailer.class);

    private final FollowUps followUps;
    private final Events events;
    private final People people;
    private final Workspaces workspaces;
    private final EventLinks links;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    FollowUpMailer(FollowUps followUps, Events events, People people, Workspaces workspaces, EventLinks links,
            Mailer mailer, JdbcClient jdbc, TransactionTemplate tx) {
        this.followUps = followUps;
        this.events = events;
        this.people = people;
        this.workspaces = workspaces;
        this.links = links;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    void send(FollowUpTask.Job job) {
        Optional<FollowUp> found = followUps.find(job.workspaceId(), job.followUpId());
        if (found.isEmpty()) {
            return;
        }
        FollowUp f = found.get();
        Optional<Event> event = events.find(f.workspaceId(), f.eventId());
        Optional<Workspace> w = workspaces.findById(f.workspaceId());
        if (event.isEmpty() || w.isEmpty() || f.texts().isEmpty()) {
            return;
        }
        recipients(f).forEach((personId, language) -> tx.executeWithoutResult(s -> {
            if (followUps.wasSent(f.workspaceId(), f.id(), personId)) {
                return;
            }
            Optional<Person> p = people.find(f.workspaceId(), personId);
            if (p.isEmpty() || p.get().email() == null || p.get().emailStatus() != EmailStatus.SUBSCRIBED) {
                return;
            }
            OutgoingEmail mail;
            try {
                mail = compose(w.get(), event.get(), f, p.get(), language);
            } catch (InvalidEmailException x) {
                LOG.warn("Follow-up {} to person {} cannot be written: {}", f.id(), personId, x.getMessage());
                return;
            }
            followUps.recordSent(f.workspaceId(), f.id(), personId);
            mailer.send(mail);
        }));
    }

    /** Everyone concerned, each once, with the language they registered in (empty when they did not register). */
    private Map<UUID, String> recipients(FollowUp f) {
        Map<UUID, String> to = new LinkedHashMap<>();
        String attendees = "SELECT a.person_id, r.language FROM event_attendance a LEFT JOIN event_registrations r "
                + "ON r.workspace_id = a.workspace_id AND r.event_id = a.event_id AND r.person_id = a.person_id "
                + "WHERE a.workspace_id = ? AND a.event_id = ? ORDER BY a.recorded_at, a.person_id";
        if (f.audience() == FollowUp.Audience.REGISTRANTS) {
            jdbc.sql("SELECT person_id, language FROM event_registrations WHERE workspace_id = ? AND event_id = ? "
                    + "AND status = 'registered' ORDER BY created_at, id").params(f.workspaceId(), f.eventId())
                    .query((ResultSet rs) -> {
                        to.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        jdbc.sql(attendees).params(f.workspaceId(), f.eventId()).query((ResultSet rs) -> {
            to.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2) == null ? "" : rs.getString(2));
        });
        return to;
    }

    private OutgoingEmail compose(Workspace w, Event e, FollowUp f, Person p, String registeredIn) {
        String language = f.texts().containsKey(registeredIn) ? registeredIn
                : f.texts().containsKey(p.language()) ? p.language()
                : f.texts().containsKey(e.defaultLanguage()) ? e.defaultLanguage() : f.texts().keySet().iterator().next();
        FollowUp.Text t = f.text(language);
        String page = links.page(w, e);
        String footer = w.name() + (w.postalAddress().isBlank() ? "" : " · " + w.postalAddress().replace('\n', ' '));
        String text = SafeMarkdown.text(t.body()) + "\n\n" + page + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.toLowerCase(Locale.ROOT) + "\"><body>"
                + SafeMarkdown.html(t.body()) + "<p><a href=\"" + esc(page) + "\">" + esc(page) + "</a></p>"
                + "<p style=\"color:#555\">" + esc(footer) + "</p></body></html>";
        return new OutgoingEmail(p.email(), w.senderName(), w.senderEmail(), t.subject(), text, html, w.id(), null);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
