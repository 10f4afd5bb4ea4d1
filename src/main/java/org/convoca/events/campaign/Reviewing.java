package org.convoca.events.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.Events;
import org.convoca.events.Organizing;
import org.convoca.events.Visibility;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff deciding on supporters' offers to host: approving lists the event in the campaign and sends the host
 * their management link; declining cancels it and tells the host, with the reason if staff gave one. Each
 * decision and its message are committed together.
 */
@Service
class Reviewing {

    static final int REASON = 2000;
    static final int MAX_SHOWN = 500;

    private final Hostings hostings;
    private final Events events;
    private final Organizing organizing;
    private final People people;
    private final HostMail mail;

    Reviewing(Hostings hostings, Events events, Organizing organizing, People people, HostMail mail) {
        this.hostings = hostings;
        this.events = events;
        this.organizing = organizing;
        this.people = people;
        this.mail = mail;
    }

    List<Offer> offers(Campaign c, Hosting.Status status) {
        List<Offer> offers = new ArrayList<>();
        for (Hosting h : hostings.of(c, status, MAX_SHOWN)) {
            events.find(c.workspaceId(), h.eventId()).ifPresent(e -> offers.add(new Offer(h, e,
                    h.personId() == null ? null : people.find(c.workspaceId(), h.personId()).orElse(null))));
        }
        return offers;
    }

    /** The host of each approved supporter-hosted event of the campaign, by event. */
    Map<UUID, Person> hosts(Campaign c) {
        Map<UUID, Person> hosts = new LinkedHashMap<>();
        offers(c, Hosting.Status.APPROVED).stream().filter(o -> o.host() != null)
                .forEach(o -> hosts.put(o.event().id(), o.host()));
        return hosts;
    }

    /** Lists the event; false if the offer was not pending (decided already, or not this campaign's). */
    @Transactional
    boolean approve(Campaign c, UUID eventId) {
        Hosting h = pending(c, eventId);
        if (h == null || !hostings.decide(h, Hosting.Status.APPROVED, "")) {
            return false;
        }
        Event e = events.find(c.workspaceId(), eventId).orElseThrow();
        organizing.update(e, new Event(e.id(), e.workspaceId(), e.slug(), e.status(), Visibility.PUBLIC,
                e.defaultLanguage(), e.startsAt(), e.endsAt(), e.timeZone(), e.extraZones(), e.joinUrl(), e.address(),
                e.capacity(), e.registrationOpensAt(), e.reminderMinutes(), e.sequence(), e.hasImage(), e.texts(),
                e.questions(), e.createdAt(), e.modifiedAt()));
        mail.queue(h, "approved", hostings.newToken(h), null);
        return true;
    }

    /** Cancels the offered event and tells its host why; false if the offer was not pending. */
    @Transactional
    boolean decline(Campaign c, UUID eventId, String reason) {
        Hosting h = pending(c, eventId);
        if (h == null || !hostings.decide(h, Hosting.Status.DECLINED, reason)) {
            return false;
        }
        organizing.setStatus(events.find(c.workspaceId(), eventId).orElseThrow(), EventStatus.CANCELLED);
        mail.queue(h, "declined", null, reason);
        return true;
    }

    /**
     * Makes a new management link for an approved offer's host and emails it; the link sent before stops working.
     * False if the event is no approved offer of this campaign, or its host is gone.
     */
    @Transactional
    boolean newLink(Campaign c, UUID eventId) {
        Hosting h = hostings.find(c.workspaceId(), eventId).filter(x -> x.campaignId().equals(c.id())
                && x.status() == Hosting.Status.APPROVED && x.personId() != null).orElse(null);
        if (h == null) {
            return false;
        }
        mail.queueNewLink(h, hostings.newToken(h));
        return true;
    }

    private Hosting pending(Campaign c, UUID eventId) {
        return hostings.find(c.workspaceId(), eventId)
                .filter(h -> h.campaignId().equals(c.id()) && h.status() == Hosting.Status.PENDING).orElse(null);
    }
}
