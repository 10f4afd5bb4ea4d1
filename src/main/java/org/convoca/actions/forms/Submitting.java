package org.convoca.actions.forms;

import java.util.Optional;
import org.convoca.actions.ActionPartnerCopies;
import org.convoca.actions.Autoresponder;
import org.convoca.actions.Supporters;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Tags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a submission in one transaction: the person found by email or added, the submission (once per person)
 * with its answers, the consent record with the exact text, a line on their timeline, tags, the confirmation
 * email owed, and a copy of the person, with their consent, for each co-sponsor they opted in to. A second
 * submission by the same person adds the answers they had not given; through the API it replaces them.
 */
@Service
public class Submitting {

    private final Supporters supporters;
    private final Submissions submissions;
    private final Consents consents;
    private final Activities activities;
    private final Tags tags;
    private final Autoresponder autoresponder;
    private final ActionPartnerCopies partners;
    private final TransactionTemplate tx;

    Submitting(Supporters supporters, Submissions submissions, Consents consents, Activities activities, Tags tags,
            Autoresponder autoresponder, ActionPartnerCopies partners, TransactionTemplate tx) {
        this.supporters = supporters;
        this.submissions = submissions;
        this.consents = consents;
        this.activities = activities;
        this.tags = tags;
        this.autoresponder = autoresponder;
        this.partners = partners;
        this.tx = tx;
    }

    /** @throws InvalidPersonException if the person's details cannot be saved (their sentence says why) */
    public SubmitResult submit(Form form, SubmissionRequest request) {
        try {
            return tx.execute(s -> once(form, request));
        } catch (DuplicateKeyException | InvalidPersonException raced) {
            // The same new address submitted at the same moment won; this one now finds its rows.
            return tx.execute(s -> once(form, request));
        }
    }

    private SubmitResult once(Form form, SubmissionRequest r) {
        var ws = form.workspaceId();
        Supporters.Found found = supporters.findOrAdd(ws, r.person(), r.trusted());
        var person = found.person();
        partners.copy(new ActionPartnerCopies.Action(ws, form.id(), "form", "form", "Form " + form.slug(),
                form.text(r.language()).title()), r.person(), r.optIns());
        Optional<Submission> earlier = found.known() ? submissions.findFor(ws, form.id(), person.id())
                : Optional.empty();
        Submission submission = earlier.orElseGet(() -> submissions.insert(ws, form.id(), person.id(), r.language(),
                r.source()));
        submissions.saveAnswers(submission, r.answers(), r.trusted());
        if (earlier.isEmpty()) {
            if (r.consentText() != null) {
                consents.record(ws, person.id(), r.consentText(), "Form " + form.slug());
            }
            activities.record(ws, person.id(), "form", "Filled in the form “" + form.text(r.language()).title()
                    + "”");
            if (r.autoresponse()) {
                autoresponder.queue(ws, form.id(), person.id(), r.language(), form.defaultLanguage(),
                        form.text(r.language()).title());
            }
        }
        for (String name : r.addTags()) {
            tags.tag(ws, tags.ensure(ws, name).id(), person.id());
        }
        return new SubmitResult(submission, person, earlier.isEmpty());
    }
}
