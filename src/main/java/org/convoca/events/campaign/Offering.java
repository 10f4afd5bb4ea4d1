package org.convoca.events.campaign;

import java.time.Instant;
import org.convoca.events.Event;
import org.convoca.events.Organizing;
import org.convoca.events.Registering;
import org.convoca.events.details.EventDetails;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supporter's offer to host, saved in one transaction: the host found by email or added (the way registering
 * does it) with the consent text they were shown, the event made unlisted and held for review in the campaign,
 * with its place, and the "we received it" message put on the scheduler.
 */
@Service
class Offering {

    private final Registering registering;
    private final Consents consents;
    private final Activities activities;
    private final Organizing organizing;
    private final Campaigns campaigns;
    private final EventDetails details;
    private final Hostings hostings;
    private final HostMail mail;

    Offering(Registering registering, Consents consents, Activities activities, Organizing organizing,
            Campaigns campaigns, EventDetails details, Hostings hostings, HostMail mail) {
        this.registering = registering;
        this.consents = consents;
        this.activities = activities;
        this.organizing = organizing;
        this.campaigns = campaigns;
        this.details = details;
        this.hostings = hostings;
        this.mail = mail;
    }

    /**
     * Saves the offer.
     *
     * @throws org.convoca.people.InvalidPersonException if the host's details cannot be saved
     * @throws org.convoca.events.InvalidEventException if the event cannot be saved
     */
    @Transactional
    Hosting offer(Campaign c, HostForm form, Event draft, String consent) {
        String source = "Event campaign " + c.slug() + " (host)";
        Person given = Person.draft(form.givenName().strip(), form.familyName().strip(),
                PersonLimits.normalizeEmail(form.email())).withPhone(form.phone().strip())
                .withAddress(new PostalAddress("", form.virtual() ? "" : form.locality(), "",
                        form.virtual() ? "" : form.postalCode().strip(), ""))
                .withLanguage(form.language());
        Person host = registering.supporter(c.workspaceId(), given, source);
        consents.record(c.workspaceId(), host.id(), consent, source);
        Event e = organizing.create(c.workspaceId(), draft);
        campaigns.add(c, e);
        details.save(c.workspaceId(), e.id(), form.details());
        Hosting h = new Hosting(e.id(), c.workspaceId(), c.id(), host.id(), Hosting.Status.PENDING, form.language(),
                "", Instant.now());
        hostings.insert(h);
        activities.record(c.workspaceId(), host.id(), "event", "Offered to host the event “" + e.title()
                + "” in the campaign “" + c.title() + "”");
        mail.queue(h, "received", null, null);
        return h;
    }
}
