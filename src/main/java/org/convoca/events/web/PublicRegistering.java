package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.Question;
import org.convoca.events.Registrant;
import org.convoca.events.Registering;
import org.convoca.events.RegistrationRequest;
import org.convoca.events.RegistrationStatus;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * A registration (or a save-the-date request) from the public form or the embedded one, with everything that
 * stands between the request and the database: size, rate limits, the honeypot, the form's checks, and the texts
 * the person was shown.
 */
@Component
class PublicRegistering {

    /** How an attempt ended; {@code problems} is set for {@link Kind#INVALID}. */
    record Outcome(Kind kind, RegisterForm form, Map<String, String> problems) {
    }

    enum Kind { REGISTERED, WAITLISTED, ASKED, INVALID, CHANGED, CLOSED, LIMITED, TOO_LARGE }

    private final PublicEvents pages;
    private final Registering registering;
    private final FormLimits limits;

    PublicRegistering(PublicEvents pages, Registering registering, FormLimits limits) {
        this.pages = pages;
        this.registering = registering;
        this.limits = limits;
    }

    /** Registers, or, when {@code saveTheDate}, asks to be told when registration opens. */
    Outcome submit(PublicEvents.Found f, String language, HttpServletRequest request, boolean embedded,
            boolean saveTheDate) {
        if (request.getContentLengthLong() > RegisterForm.MAX_BYTES) {
            return new Outcome(Kind.TOO_LARGE, RegisterForm.empty(), Map.of());
        }
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return new Outcome(Kind.LIMITED, RegisterForm.empty(), Map.of());
        }
        RegisterForm form = RegisterForm.from(request);
        Event e = f.event();
        Instant now = Instant.now();
        if (saveTheDate ? !e.isSaveTheDate(now) : !e.takesRegistrations(now)) {
            return new Outcome(Kind.CLOSED, form, Map.of());
        }
        if (!form.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is saved.
            return new Outcome(saveTheDate ? Kind.ASKED : Kind.REGISTERED, form, Map.of());
        }
        Map<String, String> problems = form.problems(e.questions(), !saveTheDate);
        if (!problems.isEmpty()) {
            return new Outcome(Kind.INVALID, form, problems);
        }
        String consent = pages.consent(f, language);
        List<CoHostBox> boxes = pages.optIns(f, language);
        if (!form.seen().equals(PublicEvents.seen(consent, boxes, e, language))) {
            return new Outcome(Kind.CHANGED, form, Map.of());
        }
        String email = PersonLimits.normalizeEmail(form.email());
        if (!limits.allowEmail(email)) {
            return new Outcome(Kind.LIMITED, form, Map.of());
        }
        Person person = Person.draft(form.givenName(), form.familyName(), email)
                .withAddress(new PostalAddress("", "", "", form.postalCode().strip(), "")).withLanguage(language);
        try {
            if (saveTheDate) {
                registering.askToBeTold(e, person, language, consent);
                return new Outcome(Kind.ASKED, form, Map.of());
            }
            List<Registrant.Answer> answers = new ArrayList<>();
            for (Question q : e.questions()) {
                String a = form.answer(q.position()).strip();
                if (!a.isEmpty()) {
                    answers.add(new Registrant.Answer(q.position(), q.label(language), a));
                }
            }
            Map<UUID, String> optIns = new LinkedHashMap<>();
            boxes.stream().filter(b -> form.isOptedIn(b.partnerId()))
                    .forEach(b -> optIns.put(UUID.fromString(b.partnerId()), b.text()));
            Registering.Outcome o = registering.register(e, new RegistrationRequest(person, language, answers,
                    consent, embedded ? "embed" : "web", optIns));
            return new Outcome(o.registration().status() == RegistrationStatus.WAITLISTED ? Kind.WAITLISTED
                    : Kind.REGISTERED, form, Map.of());
        } catch (InvalidPersonException x) {
            Map<String, String> fields = new LinkedHashMap<>();
            x.problems().keySet().forEach(field -> fields.put(field, "invalid"));
            return new Outcome(Kind.INVALID, form, fields);
        } catch (IllegalStateException closed) {
            return new Outcome(Kind.CLOSED, form, Map.of());
        }
    }
}
