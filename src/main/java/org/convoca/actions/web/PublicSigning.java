package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.SignatureRequest;
import org.convoca.actions.Signing;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * A signature from the public form or the embedded one, with everything that stands between the request and
 * the database: size, rate limits, the honeypot, the form's checks, and the texts the signer was shown.
 */
@Component
class PublicSigning {

    /** How a signing attempt ended; {@code problems} is set for {@link Kind#INVALID}. */
    record Outcome(Kind kind, SignForm form, Map<String, String> problems) {
    }

    enum Kind { SIGNED, INVALID, CHANGED, CLOSED, LIMITED, TOO_LARGE }

    private final PublicPetitions pages;
    private final Signing signing;
    private final SigningLimits limits;

    PublicSigning(PublicPetitions pages, Signing signing, SigningLimits limits) {
        this.pages = pages;
        this.signing = signing;
        this.limits = limits;
    }

    Outcome sign(PublicPetitions.Found f, String language, HttpServletRequest request, boolean embedded) {
        if (request.getContentLengthLong() > SignForm.MAX_BYTES) {
            return new Outcome(Kind.TOO_LARGE, SignForm.empty(), Map.of());
        }
        if (!limits.allowAddress(request.getRemoteAddr())) {
            return new Outcome(Kind.LIMITED, SignForm.empty(), Map.of());
        }
        SignForm form = SignForm.from(request);
        if (!f.petition().isOpen()) {
            return new Outcome(Kind.CLOSED, form, Map.of());
        }
        if (!form.website().isEmpty()) {
            // Only robots fill the hidden field. They are thanked like anyone, so they learn nothing; nothing is saved.
            return new Outcome(Kind.SIGNED, form, Map.of());
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Outcome(Kind.INVALID, form, problems);
        }
        String consent = pages.consent(f, language);
        List<OptInBox> boxes = pages.optIns(f, language);
        if (!form.seen().equals(PublicPetitions.seen(consent, boxes))) {
            return new Outcome(Kind.CHANGED, form, Map.of());
        }
        String email = PersonLimits.normalizeEmail(form.email());
        if (!limits.allowEmail(email)) {
            return new Outcome(Kind.LIMITED, form, Map.of());
        }
        Map<UUID, String> optIns = new LinkedHashMap<>();
        boxes.stream().filter(b -> form.isOptedIn(b.partnerId()))
                .forEach(b -> optIns.put(UUID.fromString(b.partnerId()), b.text()));
        Person signer = Person.draft(form.givenName(), form.familyName(), email)
                .withAddress(new PostalAddress("", form.city(), "", form.postalCode(), ""))
                .withLanguage(language)
                .withSource(clip("Petition " + f.petition().slug()));
        try {
            signing.sign(f.petition(), new SignatureRequest(signer, language, form.comment(),
                    form.listed() && f.petition().showSigners(), embedded ? "embed" : "web", consent, optIns,
                    List.of(), false, true));
        } catch (InvalidPersonException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.problems().keySet().forEach(field -> fields.put(field.equals("locality") ? "city" : field, "invalid"));
            return new Outcome(Kind.INVALID, form, fields);
        }
        return new Outcome(Kind.SIGNED, form, Map.of());
    }

    private static String clip(String s) {
        return s.length() <= PersonLimits.SOURCE ? s : s.substring(0, PersonLimits.SOURCE);
    }
}
