package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.signon.LetterSigning;
import org.convoca.actions.signon.SignOn;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.SigningLimits;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Organization;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.springframework.stereotype.Component;

/**
 * A signature from the public letter form or the embedded one, with everything between the request and the
 * database: size, the petitions' rate limits, the honeypot, the form's checks, who may sign, and the consent text.
 */
@Component
class PublicLetterSigning {

    /** How a signing attempt ended; {@code problems} is set for {@link Kind#INVALID}. */
    record Outcome(Kind kind, LetterSignForm form, Map<String, String> problems) {
    }

    enum Kind { SIGNED, INVALID, CHANGED, CLOSED, LIMITED, TOO_LARGE }

    private final PublicSignOnLetters letters;
    private final LetterSigning signing;
    private final SigningLimits limits;

    PublicLetterSigning(PublicSignOnLetters letters, LetterSigning signing, SigningLimits limits) {
        this.letters = letters;
        this.signing = signing;
        this.limits = limits;
    }

    Outcome sign(PublicSignOnLetters.Found f, String language, HttpServletRequest request, boolean embedded) {
        SignonLetter letter = f.letter();
        String defaultKind = letter.signers().organizations() ? "organization" : "individual";
        if (request.getContentLengthLong() > LetterSignForm.MAX_BYTES) {
            return new Outcome(Kind.TOO_LARGE, LetterSignForm.empty(defaultKind), Map.of());
        }
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return new Outcome(Kind.LIMITED, LetterSignForm.empty(defaultKind), Map.of());
        }
        LetterSignForm form = LetterSignForm.from(request);
        if (!letter.isOpen(Instant.now())) {
            return new Outcome(Kind.CLOSED, form, Map.of());
        }
        if (!form.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is saved.
            return new Outcome(Kind.SIGNED, form, Map.of());
        }
        boolean allowed = form.isOrganization() ? letter.signers().organizations()
                : "individual".equals(form.kind()) && letter.signers().individuals();
        if (!allowed) {
            return new Outcome(Kind.INVALID, LetterSignForm.empty(defaultKind), Map.of("kind", "required"));
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Outcome(Kind.INVALID, form, problems);
        }
        String consent = letters.consent(f, language);
        List<OptInBox> boxes = letters.optIns(f, language);
        if (!form.seen().equals(PublicSignOnLetters.seen(consent, boxes))) {
            return new Outcome(Kind.CHANGED, form, Map.of());
        }
        String email = PersonLimits.normalizeEmail(form.email());
        if (!limits.allowEmail(email)) {
            return new Outcome(Kind.LIMITED, form, Map.of());
        }
        SignOn.OrgDetails org = form.isOrganization() ? new SignOn.OrgDetails(form.orgName(), form.locality(),
                form.region(), Organization.Scope.parse(form.scope()).orElseThrow(), form.orgWebsite()) : null;
        Map<UUID, String> optIns = new LinkedHashMap<>();
        boxes.stream().filter(b -> form.isOptedIn(b.partnerId()))
                .forEach(b -> optIns.put(UUID.fromString(b.partnerId()), b.text()));
        Person signer = Person.draft(form.givenName(), form.familyName(), email)
                .withLanguage(language)
                .withSource(clip("Sign-on letter " + letter.slug()));
        try {
            signing.sign(letter, new SignOn(org, signer, form.title(), form.affiliation(), language, consent,
                    embedded ? "embed" : "web", false, optIns, true));
        } catch (InvalidPersonException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.problems().keySet().forEach(field -> fields.put(field, "invalid"));
            return new Outcome(Kind.INVALID, form, fields);
        }
        return new Outcome(Kind.SIGNED, form, Map.of());
    }

    private static String clip(String s) {
        return s.length() <= PersonLimits.SOURCE ? s : s.substring(0, PersonLimits.SOURCE);
    }
}
