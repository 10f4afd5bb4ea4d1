package org.convoca.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.convoca.mail.OutgoingEmail;
import org.convoca.people.Person;
import org.convoca.shared.web.SafeMarkdown;
import org.convoca.workspace.Workspace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes event mail in the reader's language: what happened, when (in the event's zone and any extra zones),
 * where — the join link only to someone holding a seat — links to add it to a calendar or cancel, and the
 * calendar file itself.
 */
@Component
class EventMessages {

    private final MessageSource messages;
    private final EventLinks links;
    private final String installationFrom;

    EventMessages(MessageSource messages, EventLinks links,
            @Value("${convoca.mail.from:convoca@localhost}") String installationFrom) {
        this.messages = messages;
        this.links = links;
        this.installationFrom = installationFrom.strip();
    }

    OutgoingEmail compose(Workspace w, Event e, Person p, Registration r, MailKind kind, String language) {
        Locale locale = Locale.forLanguageTag(e.texts().containsKey(language) ? language : e.defaultLanguage());
        String lang = locale.getLanguage();
        EventText text = e.text(lang);
        boolean seated = r != null && r.status() == RegistrationStatus.REGISTERED
                && kind != MailKind.CANCELLED && kind != MailKind.LEFT && kind != MailKind.POSTPONED;
        String when = EventTimes.range(e.startsAt(), e.endsAt(), e.zone(), locale);
        String zones = EventTimes.otherZones(e.startsAt(), e.zone(), e.extraZones().stream().map(ZoneId::of).toList(),
                locale);
        String page = links.page(w, e);
        MailBody body = new MailBody(lang);
        String greeting = p.givenName().isEmpty() ? t(locale, "events.mail.hello-anonymous")
                : t(locale, "events.mail.hello", p.givenName());
        body.para(greeting);
        body.para(t(locale, "events.mail." + kind.key() + ".intro", text.title()));
        body.line(t(locale, "events.mail.when"), kind == MailKind.POSTPONED ? t(locale, "events.mail.tbd")
                : when, null);
        if (!zones.isEmpty() && kind != MailKind.POSTPONED) {
            body.line(t(locale, "events.mail.zones"), zones, null);
        }
        if (!e.address().isEmpty()) {
            body.line(t(locale, "events.mail.address"), e.address(), EventLinks.map(e.address()));
        }
        if (e.isVirtual() && seated) {
            body.line(t(locale, "events.mail.join"), e.joinUrl(), e.joinUrl());
        } else if (e.isVirtual()) {
            body.line(t(locale, "events.mail.where"), t(locale, "events.mail.online"), null);
        }
        body.line(t(locale, "events.mail.page"), page, page);
        String location = seated && e.isVirtual() ? e.joinUrl() : e.address();
        String details = SafeMarkdown.text(text.description()) + "\n\n" + page;
        if (seated) {
            body.line(t(locale, "events.mail.google"), EventLinks.google(e, text.title(), details, location),
                    EventLinks.google(e, text.title(), details, location));
            body.line(t(locale, "events.mail.outlook"), EventLinks.outlook(e, text.title(), details, location),
                    EventLinks.outlook(e, text.title(), details, location));
        }
        if (r != null && r.isActive() && kind != MailKind.CANCELLED) {
            String cancel = links.cancel(w, e, r);
            body.line(t(locale, "events.mail.cancel"), cancel, cancel);
        }
        if (kind == MailKind.OPENS) {
            body.line(t(locale, "events.mail.register"), page, page);
        }
        String footer = w.name() + (w.postalAddress().isBlank() ? "" : " · " + w.postalAddress().replace('\n', ' '));
        body.footer(footer);
        String subject = t(locale, "events.mail." + kind.key() + ".subject", text.title(),
                EventTimes.range(e.startsAt(), e.endsAt(), e.zone(), locale));
        OutgoingEmail mail = new OutgoingEmail(p.email(), w.senderName(), w.senderEmail(), subject,
                body.text(), body.html(), w.id(), null);
        if (kind.method() != null && (seated || kind.method().equals("CANCEL"))) {
            // An invitation must name its organizer (RFC 5546): the address the mail comes from, which is the
            // installation's when the workspace has none of its own.
            boolean own = !w.senderEmail().isBlank();
            String organizer = own ? w.senderEmail() : installationFrom;
            String organizerName = own && !w.senderName().isBlank() ? w.senderName() : w.name();
            String ics = CalendarFile.of(kind.method(), null, List.of(new CalendarFile.Entry(e, text.title(),
                    details, location, page, organizerName, organizer, p.email())), Instant.now());
            mail = mail.attach(new OutgoingEmail.Attachment("invite.ics",
                    "text/calendar; charset=UTF-8; method=" + kind.method(), ics.getBytes(StandardCharsets.UTF_8)));
        }
        return mail;
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
