package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.letters.LetterRequest;
import org.convoca.actions.letters.LetterWriting;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.actions.web.SigningLimits;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * A letter from the public form or the embedded one, with what stands between the request and the officials'
 * inboxes: size, the same rate limits as petitions, the honeypot, the checks of each field, and the targets the
 * writer was shown, which must still be the ones the letter would go to.
 */
@Component
class PublicWriting {

    record Outcome(Kind kind, LetterEntry entry, Map<String, String> problems) {
    }

    enum Kind { SENT, INVALID, CHANGED, CLOSED, NO_TARGETS, LIMITED, TOO_LARGE }

    private final LetterWriting writing;
    private final SigningLimits limits;

    PublicWriting(LetterWriting writing, SigningLimits limits) {
        this.writing = writing;
        this.limits = limits;
    }

    Outcome write(PublicLetters.Found f, LetterView view, LetterEntry entry, HttpServletRequest request) {
        if (request.getContentLengthLong() > LetterEntry.MAX_BYTES) {
            return new Outcome(Kind.TOO_LARGE, entry, Map.of());
        }
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return new Outcome(Kind.LIMITED, entry, Map.of());
        }
        if (!f.campaign().isOpen()) {
            return new Outcome(Kind.CLOSED, entry, Map.of());
        }
        if (!entry.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is sent.
            return new Outcome(Kind.SENT, entry, Map.of());
        }
        Map<String, String> problems = entry.problems();
        if (!problems.isEmpty()) {
            return new Outcome(Kind.INVALID, entry, problems);
        }
        if (view.targets().isEmpty()) {
            return new Outcome(Kind.NO_TARGETS, entry, Map.of());
        }
        if (!entry.seen().equals(view.seen())) {
            return new Outcome(Kind.CHANGED, entry, Map.of());
        }
        String email = PersonLimits.normalizeEmail(entry.email());
        if (!limits.allowEmail(email)) {
            return new Outcome(Kind.LIMITED, entry, Map.of());
        }
        Person person = Person.draft(entry.givenName(), entry.familyName(), email)
                .withAddress(new PostalAddress("", "", entry.region(), entry.postalCode(), ""))
                .withLanguage(view.language())
                .withSource(clip("Letter campaign " + f.campaign().slug()));
        try {
            writing.write(f.campaign(), new LetterRequest(person, view.language(), entry.region(), entry.postalCode(),
                    entry.subject(), entry.message(), view.embed() ? "embed" : "web", view.consent(), List.of(),
                    false, true, true, OptInBoxes.chosen(view.optIns(), entry.optIns())));
        } catch (InvalidPersonException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.problems().keySet().forEach(field -> fields.put(field, "invalid"));
            return new Outcome(Kind.INVALID, entry, fields);
        }
        return new Outcome(Kind.SENT, entry, Map.of());
    }

    private static String clip(String s) {
        return s.length() <= PersonLimits.SOURCE ? s : s.substring(0, PersonLimits.SOURCE);
    }
}
