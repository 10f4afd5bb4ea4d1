package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.forms.FormAnswers;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.SubmissionRequest;
import org.convoca.actions.forms.Submitting;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.actions.web.SigningLimits;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * A submission from the public form or the embedded one, with what stands between the request and the database:
 * size, the same rate limits as petitions, the honeypot, the checks of each field and answer, and the texts the
 * person was shown.
 */
@Component
class PublicSubmitting {

    /** How an attempt ended; {@code problems} is set for {@link Kind#INVALID}, keyed by field. */
    record Outcome(Kind kind, FormEntry entry, Map<String, String> problems) {
    }

    enum Kind { SUBMITTED, INVALID, CHANGED, CLOSED, LIMITED, TOO_LARGE }

    private final Submitting submitting;
    private final SigningLimits limits;

    PublicSubmitting(Submitting submitting, SigningLimits limits) {
        this.submitting = submitting;
        this.limits = limits;
    }

    Outcome submit(PublicForms.Found f, FormView view, HttpServletRequest request) {
        if (request.getContentLengthLong() > FormEntry.MAX_BYTES) {
            return new Outcome(Kind.TOO_LARGE, FormEntry.empty(), Map.of());
        }
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return new Outcome(Kind.LIMITED, FormEntry.empty(), Map.of());
        }
        FormEntry entry = FormEntry.from(request, f.form().questions().stream().map(Question::field).toList());
        if (!f.form().isOpen()) {
            return new Outcome(Kind.CLOSED, entry, Map.of());
        }
        if (!entry.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is saved.
            return new Outcome(Kind.SUBMITTED, entry, Map.of());
        }
        if (!entry.seen().equals(view.seen())) {
            return new Outcome(Kind.CHANGED, entry, Map.of());
        }
        Map<String, String> problems = new LinkedHashMap<>(entry.problems());
        Map<UUID, List<String>> given = new LinkedHashMap<>();
        f.form().questions().forEach(q -> given.put(q.id(), entry.answers().getOrDefault(q.field(), List.of())));
        FormAnswers.Checked checked = FormAnswers.check(f.form(), given);
        checked.problems().forEach((field, p) -> problems.put(field, p.key()));
        if (!problems.isEmpty()) {
            return new Outcome(Kind.INVALID, entry, problems);
        }
        String email = PersonLimits.normalizeEmail(entry.email());
        if (!limits.allowEmail(email)) {
            return new Outcome(Kind.LIMITED, entry, Map.of());
        }
        Person person = Person.draft(entry.givenName(), entry.familyName(), email)
                .withAddress(new PostalAddress("", "", "", entry.postalCode(), ""))
                .withLanguage(view.language())
                .withSource(clip("Form " + f.form().slug()));
        try {
            submitting.submit(f.form(), new SubmissionRequest(person, view.language(), checked.answers(),
                    view.embed() ? "embed" : "web", view.consent(), List.of(), false, true,
                    OptInBoxes.chosen(view.optIns(), entry.optIns())));
        } catch (InvalidPersonException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.problems().keySet().forEach(field -> fields.put(field, "invalid"));
            return new Outcome(Kind.INVALID, entry, fields);
        }
        return new Outcome(Kind.SUBMITTED, entry, Map.of());
    }

    private static String clip(String s) {
        return s.length() <= PersonLimits.SOURCE ? s : s.substring(0, PersonLimits.SOURCE);
    }
}
