package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import org.convoca.events.CoHosts;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.EventLinks;
import org.convoca.events.EventText;
import org.convoca.events.EventTimes;
import org.convoca.events.Events;
import org.convoca.events.Recordings;
import org.convoca.events.campaign.Hostings;
import org.convoca.events.Question;
import org.convoca.events.RegistrationStatus;
import org.convoca.events.Registrations;
import org.convoca.shared.web.SafeMarkdown;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the public page and the embedded form share: finding the event, its language, and its view. */
@Component
class PublicEvents {

    /** An event and the workspace it belongs to. */
    record Found(Workspace workspace, Event event) {
    }

    private final Workspaces workspaces;
    private final Events events;
    private final Registrations registrations;
    private final MessageSource messages;
    private final Recordings recordings;
    private final CoHosts coHosts;
    private final Hostings hostings;

    PublicEvents(Workspaces workspaces, Events events, Registrations registrations, MessageSource messages,
            Recordings recordings, CoHosts coHosts, Hostings hostings) {
        this.hostings = hostings;
        this.coHosts = coHosts;
        this.recordings = recordings;
        this.workspaces = workspaces;
        this.events = events;
        this.registrations = registrations;
        this.messages = messages;
    }

    Workspace workspace(String slug) {
        return workspaces.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The event; unlisted ones too, for they are reached by their address. Other workspaces' are not here, nor
     * events supporters offered to host until staff approve them.
     */
    Found find(String workspaceSlug, String slug) {
        Workspace w = workspace(workspaceSlug);
        return events.findBySlug(w.id(), slug).filter(e -> !hostings.isHeld(w.id(), e.id())).map(e -> new Found(w, e))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The language asked for in the address, else the reader's, if the event has it; else its default. */
    static String language(Event e, String asked, Locale reader) {
        if (asked != null && e.texts().containsKey(asked)) {
            return asked;
        }
        return e.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : e.defaultLanguage();
    }

    /** A zone the reader's browser or the address named, or null when it names none we know. */
    static ZoneId zone(String tz) {
        try {
            return tz != null && tz.length() <= 64 && EventLimits.isZone(tz) ? ZoneId.of(tz) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    EventPage view(Found f, String language, boolean embed, String tz, HttpServletRequest request) {
        Event e = f.event();
        Locale locale = Locale.forLanguageTag(language);
        EventText text = e.text(language);
        String path = EventLinks.path(f.workspace(), e);
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        String consent = consent(f, language);
        List<CoHostBox> boxes = optIns(f, language);
        Instant now = Instant.now();
        long seatsLeft = e.capacity() == 0 ? -1 : Math.max(0, e.capacity()
                - registrations.count(e.workspaceId(), e.id(), RegistrationStatus.REGISTERED));
        String opens = e.registrationOpensAt() == null ? "" : EventTimes.date(e.registrationOpensAt().atZone(e.zone()),
                locale) + ", " + EventTimes.time(e.registrationOpensAt().atZone(e.zone()), locale) + " "
                + EventTimes.abbreviation(e.registrationOpensAt().atZone(e.zone()));
        return new EventPage(f.workspace().name(), f.workspace().slug(), e, text, language, e.languages(),
                SafeMarkdown.html(text.description()), EventTimes.range(e.startsAt(), e.endsAt(), e.zone(), locale),
                EventTimes.otherZones(e.startsAt(), e.zone(), e.extraZones().stream().map(ZoneId::of).toList(),
                        locale),
                viewerTimes(e, zone(tz), locale).orElse(null), path, url, consent, boxes,
                seen(consent, boxes, e, language), embed,
                seatsLeft, e.takesRegistrations(now), e.isSaveTheDate(now), e.hasEnded(now), opens,
                e.address().isEmpty() ? null : EventLinks.map(e.address()),
                recordings.linkFor(e.workspaceId(), e.id()).orElse(""));
    }

    java.util.Optional<String> viewerTimes(Event e, ZoneId viewer, Locale locale) {
        return EventTimes.inViewerZone(e.startsAt(), e.endsAt(), e.zone(), viewer, locale)
                .map(s -> t(locale.getLanguage(), "events.public.your-time", s));
    }

    String consent(Found f, String language) {
        return t(language, "events.register.consent", f.workspace().name());
    }

    /** One box per co-host, each naming it, in the reader's language. */
    List<CoHostBox> optIns(Found f, String language) {
        return coHosts.of(f.workspace().id(), f.event().id()).stream().map(c -> new CoHostBox(
                c.workspaceId().toString(), t(language, "events.cohost.opt-in", EventLimits.clean(c.name()))))
                .toList();
    }

    /** A short fingerprint of the texts a form showed, so a registration records exactly what was on the screen. */
    static String seen(String consent, List<CoHostBox> boxes, Event e, String language) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(consent.getBytes(StandardCharsets.UTF_8));
            for (CoHostBox b : boxes) {
                sha.update(("\1" + b.partnerId() + "\0" + b.text()).getBytes(StandardCharsets.UTF_8));
            }
            for (Question q : e.questions()) {
                sha.update(("\0" + q.position() + q.required() + "\0" + q.label(language))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(language));
    }
}
