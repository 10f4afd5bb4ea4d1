package org.convoca.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonCopies;
import org.convoca.people.PostalAddress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering and cancelling, in one short transaction each: the person found by email or added, a seat or a
 * place on the wait list (the event's row is locked meanwhile, so its last seat goes to one person only), the
 * consent record with the exact text, a line on their timeline, and their confirmation put on the scheduler.
 * A cancellation hands the freed seat to the first person waiting, who is told by email.
 */
@Service
public class Registering {

    /** How a registration ended; {@code fresh} is false when the person was already registered or waiting. */
    public record Outcome(Registration registration, Person person, boolean fresh) {
    }

    private final Events events;
    private final Registrations registrations;
    private final People people;
    private final Consents consents;
    private final Activities activities;
    private final EventMailQueue queue;
    private final TransactionTemplate tx;
    private final CoHosts coHosts;
    private final PersonCopies copies;

    Registering(Events events, Registrations registrations, People people, Consents consents, Activities activities,
            EventMailQueue queue, TransactionTemplate tx, CoHosts coHosts, PersonCopies copies) {
        this.coHosts = coHosts;
        this.copies = copies;
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.consents = consents;
        this.activities = activities;
        this.queue = queue;
        this.tx = tx;
    }

    /**
     * Registers, or puts on the wait list when every seat is taken.
     *
     * @throws InvalidPersonException if the person's details cannot be saved
     * @throws IllegalStateException if the event does not take registrations now
     */
    public Outcome register(Event event, RegistrationRequest request) {
        if (!event.takesRegistrations(Instant.now())) {
            throw new IllegalStateException("The event does not take registrations now.");
        }
        try {
            return tx.execute(s -> once(event, request));
        } catch (DuplicateKeyException | InvalidPersonException raced) {
            // Someone registering with the same new address at the same moment won; this one now finds their rows.
            return tx.execute(s -> once(event, request));
        }
    }

    private Outcome once(Event e, RegistrationRequest request) {
        events.lock(e.workspaceId(), e.id());
        Person person = supporter(e.workspaceId(), request.person(), "Event " + e.slug());
        Optional<Registration> earlier = registrations.findFor(e.workspaceId(), e.id(), person.id());
        copyToCoHosts(e, person, request.optIns());
        if (earlier.isPresent() && earlier.get().isActive()) {
            return new Outcome(earlier.get(), person, false);
        }
        Instant now = Events.now();
        RegistrationStatus status = hasSeat(e) ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        Registration r = earlier.map(old -> registrations.move(old, status, now)).orElseGet(() -> registrations
                .insert(e.workspaceId(), e.id(), person.id(), status, request.language(), request.source(), now));
        registrations.answer(r, request.answers());
        if (request.consentText() != null) {
            consents.record(e.workspaceId(), person.id(), request.consentText(), "Event " + e.slug());
        }
        activities.record(e.workspaceId(), person.id(), "event", (status == RegistrationStatus.REGISTERED
                ? "Registered for the event “" : "Joined the wait list of the event “") + e.title() + "”");
        MailKind kind = status == RegistrationStatus.REGISTERED ? MailKind.REGISTERED : MailKind.WAITLISTED;
        queue.toOne(r, kind, kind.key() + "-" + now.toEpochMilli());
        return new Outcome(r, person, true);
    }

    /**
     * Copies the registrant to each co-host whose box they ticked, with the box's words as their consent there.
     * A box naming a workspace that does not co-host this event (any more) copies no one.
     */
    private void copyToCoHosts(Event e, Person registrant, Map<UUID, String> optIns) {
        if (optIns.isEmpty() || registrant.email() == null) {
            return;
        }
        for (CoHost host : coHosts.of(e.workspaceId(), e.id())) {
            String box = optIns.get(host.workspaceId());
            if (box == null) {
                continue;
            }
            Person copy = copies.copyTo(host.workspaceId(), registrant, "Co-hosted event " + e.slug());
            if (coHosts.recordOptIn(host.workspaceId(), e.id(), copy.id(), Events.now())) {
                consents.record(host.workspaceId(), copy.id(), box, "Co-hosted event " + e.slug());
                activities.record(host.workspaceId(), copy.id(), "event", "Opted in to hear from you at the "
                        + "co-hosted event “" + e.title() + "”");
            }
        }
    }

    /** The registration a cancel link names, if it is one of this event's. */
    public Optional<Registration> findByToken(Event e, String token) {
        return registrations.findByToken(e.workspaceId(), e.id(), token);
    }

    /** Cancels the registration the link names; empty if it names none. The freed seat goes to the first waiting. */
    @Transactional
    public Optional<Registration> cancel(Event e, String token) {
        Optional<Registration> found = registrations.findByToken(e.workspaceId(), e.id(), token);
        if (found.isEmpty() || !found.get().isActive()) {
            return found;
        }
        events.lock(e.workspaceId(), e.id());
        Instant now = Events.now();
        Registration cancelled = registrations.move(found.get(), RegistrationStatus.CANCELLED, now);
        activities.record(e.workspaceId(), cancelled.personId(), "event", "Cancelled their registration for the event “"
                + e.title() + "”");
        queue.toOne(cancelled, MailKind.LEFT, "left-" + now.toEpochMilli());
        fillSeats(e);
        return Optional.of(cancelled);
    }

    /** Moves people from the wait list, first come first served, into every free seat. */
    @Transactional(propagation = Propagation.MANDATORY)
    void fillSeats(Event e) {
        if (e.status() != EventStatus.SCHEDULED) {
            return;
        }
        events.lock(e.workspaceId(), e.id());
        while (hasSeat(e)) {
            Optional<Registration> next = registrations.firstWaitlisted(e.workspaceId(), e.id());
            if (next.isEmpty()) {
                return;
            }
            Instant now = Events.now();
            Registration promoted = registrations.move(next.get(), RegistrationStatus.REGISTERED, now);
            activities.record(e.workspaceId(), promoted.personId(), "event", "Moved from the wait list to registered "
                    + "for the event “" + e.title() + "”");
            queue.toOne(promoted, MailKind.PROMOTED, "promoted-" + now.toEpochMilli());
        }
    }

    /** Save-the-date: records that the person wants to hear when registration opens; false if they had asked. */
    @Transactional
    public boolean askToBeTold(Event e, Person draft, String language, String consentText) {
        Person person = supporter(e.workspaceId(), draft, "Event " + e.slug());
        boolean fresh = registrations.askToBeTold(e.workspaceId(), e.id(), person.id(), language, Events.now());
        if (fresh && consentText != null) {
            consents.record(e.workspaceId(), person.id(), consentText, "Event " + e.slug() + " (save the date)");
        }
        return fresh;
    }

    private boolean hasSeat(Event e) {
        return e.capacity() == 0
                || registrations.count(e.workspaceId(), e.id(), RegistrationStatus.REGISTERED) < e.capacity();
    }

    /**
     * The person known by this email, with what they typed filling only what was missing; else a new one. Call it
     * inside a transaction.
     *
     * @throws InvalidPersonException if the person's details cannot be saved
     */
    public Person supporter(UUID workspaceId, Person given, String source) {
        Optional<Person> known = given.email() == null ? Optional.empty()
                : people.findByEmail(workspaceId, given.email());
        if (known.isEmpty()) {
            return people.create(workspaceId, given.withSource(source));
        }
        Person old = known.get();
        PostalAddress a = old.address();
        PostalAddress g = given.address();
        Person p = old.withNames(fill(old.givenName(), given.givenName()), fill(old.familyName(), given.familyName()))
                .withAddress(new PostalAddress(a.addressLines(), fill(a.locality(), g.locality()), a.region(),
                        fill(a.postalCode(), g.postalCode()), a.country()))
                .withLanguage(fill(old.language(), given.language()));
        if (old.phone() == null && given.phone() != null) {
            p = p.withPhone(given.phone());
        }
        return p.equals(old) ? old : people.update(p);
    }

    private static String fill(String old, String given) {
        return old == null || old.isEmpty() ? (given == null ? "" : given) : old;
    }
}
