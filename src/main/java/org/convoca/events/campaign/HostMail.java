package org.convoca.events.campaign;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.EventLinks;
import org.convoca.events.EventTimes;
import org.convoca.events.Events;
import org.convoca.events.MailBody;
import org.convoca.events.MailLog;
import org.convoca.mail.InvalidEmailException;
import org.convoca.mail.Mailer;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a supporter hosting an event is told, in the language they offered it in, as plain text and HTML: that the
 * offer arrived, that it was approved (with their management link), that staff sent them a new link, or that it
 * was declined (with the reason staff gave). Each message
 * is put on the database-backed scheduler in the transaction that decided it, and sent once: the event mail log
 * keeps a second run from sending it again. The management link's secret rides only in the scheduled task, which
 * is gone once sent; the database keeps its hash.
 */
@Component
class HostMail {

    /**
     * One message to an event's host; {@code token} is set for the messages carrying a management link, and
     * {@code sentAs} (the mail log key) for the ones that may go more than once, such as each new link.
     */
    record Notice(UUID workspaceId, UUID eventId, String kind, String token, String reason, String sentAs)
            implements Serializable {

        String key() {
            return sentAs == null ? "host-" + kind : sentAs;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostMailTask {
        @Bean
        OneTimeTask<Notice> eventHostMail(ObjectProvider<HostMail> mail) {
            return Tasks.oneTime("event-host-mail", Notice.class).onDeadExecutionRevive()
                    .execute((instance, context) -> mail.getObject().send(instance.getData()));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(HostMail.class);

    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Notice> task;
    private final Hostings hostings;
    private final Events events;
    private final People people;
    private final Workspaces workspaces;
    private final EventLinks links;
    private final MailLog log;
    private final Mailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    HostMail(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Notice> eventHostMail, Hostings hostings,
            Events events, People people, Workspaces workspaces, EventLinks links, MailLog log, Mailer mailer,
            MessageSource messages, TransactionTemplate tx) {
        this.scheduler = scheduler;
        this.task = eventHostMail;
        this.hostings = hostings;
        this.events = events;
        this.people = people;
        this.workspaces = workspaces;
        this.links = links;
        this.log = log;
        this.mailer = mailer;
        this.messages = messages;
        this.tx = tx;
    }

    /** Puts the message on the scheduler, in the caller's transaction. */
    void queue(Hosting h, String kind, String token, String reason) {
        scheduler.getObject().scheduleIfNotExists(task.instance(h.eventId() + "-host-" + kind,
                new Notice(h.workspaceId(), h.eventId(), kind, token, reason, null)), Instant.now());
    }

    /** Puts a new management link on the scheduler, in the caller's transaction; each one is sent. */
    void queueNewLink(Hosting h, String token) {
        String key = "host-new-link-" + UUID.randomUUID();
        scheduler.getObject().scheduleIfNotExists(task.instance(h.eventId() + "-" + key,
                new Notice(h.workspaceId(), h.eventId(), "new-link", token, null, key)), Instant.now());
    }

    /** The path of the host's management page that this link opens. */
    static String managePath(Workspace w, String token) {
        return "/" + w.slug() + "/event-hosts/" + token;
    }

    void send(Notice n) {
        tx.executeWithoutResult(status -> {
            Optional<Hosting> h = hostings.find(n.workspaceId(), n.eventId());
            Optional<Event> e = events.find(n.workspaceId(), n.eventId());
            Optional<Workspace> w = workspaces.findById(n.workspaceId());
            if (h.isEmpty() || e.isEmpty() || w.isEmpty() || h.get().personId() == null) {
                return;
            }
            Optional<Person> p = people.find(n.workspaceId(), h.get().personId());
            String key = n.key();
            if (p.isEmpty() || p.get().email() == null || log.wasSent(n.workspaceId(), n.eventId(), p.get().id(), key)) {
                return;
            }
            OutgoingEmail mail;
            try {
                mail = compose(w.get(), e.get(), p.get(), h.get().language(), n);
            } catch (InvalidEmailException x) {
                LOG.warn("Host mail {} of event {} cannot be written: {}", key, n.eventId(), x.getMessage());
                return;
            }
            log.record(n.workspaceId(), n.eventId(), p.get().id(), key);
            mailer.send(mail);
        });
    }

    private OutgoingEmail compose(Workspace w, Event e, Person p, String language, Notice n) {
        Locale locale = Locale.forLanguageTag(language);
        String title = e.text(language).title();
        String when = EventTimes.range(e.startsAt(), e.endsAt(), e.zone(), locale);
        MailBody body = new MailBody(locale.getLanguage());
        body.para(t(locale, "events.host.mail.greeting", p.givenName()));
        body.para(t(locale, "events.host.mail." + n.kind() + ".text", title, when, w.name()));
        if (n.token() != null) {
            body.button(t(locale, "events.host.mail.manage"), t(locale, "events.host.mail.button"),
                    links.absolute(managePath(w, n.token())));
            body.para(t(locale, "events.host.mail.keep-secret"));
        }
        if (n.reason() != null && !n.reason().isBlank()) {
            body.quote(t(locale, "events.host.mail.reason"), n.reason());
        }
        body.footer(w.name() + (w.postalAddress().isBlank() ? "" : " · " + w.postalAddress().replace('\n', ' ')));
        return new OutgoingEmail(p.email(), w.senderName(), w.senderEmail(),
                t(locale, "events.host.mail." + n.kind() + ".subject", title), body.text(), body.html(), w.id(), null);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
