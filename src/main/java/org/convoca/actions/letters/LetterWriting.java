package org.convoca.actions.letters;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convoca.actions.ActionPartnerCopies;
import org.convoca.actions.Autoresponder;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.Supporters;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Tags;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a letter in one transaction: the person found by email or added, the outreach (once per person and
 * campaign) with one letter per target who represents them, the consent record, a line on their timeline, tags,
 * the confirmation email owed, a copy of the writer for each co-sponsor they opted in to, and the delivery task,
 * stored with it so that a committed letter is always delivered.
 */
@Service
public class LetterWriting {

    private final Supporters supporters;
    private final Targets targets;
    private final Outreaches outreaches;
    private final Consents consents;
    private final Activities activities;
    private final Tags tags;
    private final Autoresponder autoresponder;
    private final ActionPartnerCopies partners;
    private final TransactionTemplate tx;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<LetterDelivery.Job>> task;

    LetterWriting(Supporters supporters, Targets targets, Outreaches outreaches, Consents consents,
            Activities activities, Tags tags, Autoresponder autoresponder, ActionPartnerCopies partners,
            TransactionTemplate tx, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<OneTimeTask<LetterDelivery.Job>> letterDelivery) {
        this.supporters = supporters;
        this.targets = targets;
        this.outreaches = outreaches;
        this.consents = consents;
        this.activities = activities;
        this.tags = tags;
        this.autoresponder = autoresponder;
        this.partners = partners;
        this.tx = tx;
        this.scheduler = scheduler;
        this.task = letterDelivery;
    }

    /** The campaign's targets who represent someone in this region and postal code, by name. */
    public List<Target> targetsFor(LetterCampaign c, String region, String postalCode) {
        return targets.of(c.workspaceId(), c.id()).stream().filter(t -> t.represents(region, postalCode)).toList();
    }

    /** @throws InvalidPersonException if the writer's details cannot be saved (their sentence says why) */
    public WriteResult write(LetterCampaign campaign, LetterRequest request) {
        try {
            return tx.execute(s -> once(campaign, request));
        } catch (DuplicateKeyException | InvalidPersonException raced) {
            return tx.execute(s -> once(campaign, request));
        }
    }

    private WriteResult once(LetterCampaign c, LetterRequest r) {
        var ws = c.workspaceId();
        Supporters.Found found = supporters.findOrAdd(ws, r.person(), r.trusted());
        var person = found.person();
        partners.copy(new ActionPartnerCopies.Action(ws, c.id(), "letter", "letter campaign",
                "Letter campaign " + c.slug(), c.text(r.language()).title()), r.person(), r.optIns());
        Optional<Outreach> earlier = found.known() ? outreaches.findFor(ws, c.id(), person.id()) : Optional.empty();
        for (String name : r.addTags()) {
            tags.tag(ws, tags.ensure(ws, name).id(), person.id());
        }
        if (earlier.isPresent()) {
            return new WriteResult(earlier.get(), person, false);
        }
        List<Target> to = targetsFor(c, r.region(), r.postalCode());
        Outreach o = outreaches.insert(ws, c.id(), person.id(), r.language(), PetitionLimits.clean(r.subject()),
                PetitionLimits.cleanBlock(r.message()) + signature(r), r.source(), to, r.deliver());
        if (r.consentText() != null) {
            consents.record(ws, person.id(), r.consentText(), "Letter campaign " + c.slug());
        }
        activities.record(ws, person.id(), "letter", "Wrote to " + to.size() + " decision maker"
                + (to.size() == 1 ? "" : "s") + " on “" + c.text(r.language()).title() + "”");
        if (r.deliver() && !to.isEmpty()) {
            scheduler.getObject().schedule(task.getObject().instance(o.id().toString(),
                    new LetterDelivery.Job(ws, o.id())), Instant.now());
        }
        if (r.autoresponse()) {
            autoresponder.queue(ws, c.id(), person.id(), r.language(), c.defaultLanguage(),
                    c.text(r.language()).title());
        }
        return new WriteResult(o, person, true);
    }

    /** The writer's name and where they live, under their letter, as typed. */
    private static String signature(LetterRequest r) {
        String name = (PetitionLimits.clean(r.person().givenName()) + " "
                + PetitionLimits.clean(r.person().familyName())).strip();
        String place = (PetitionLimits.clean(r.postalCode()) + " " + PetitionLimits.clean(r.region())).strip();
        return "\n\n" + name + (place.isEmpty() ? "" : "\n" + place)
                + (r.person().email() == null ? "" : "\n" + r.person().email());
    }
}
