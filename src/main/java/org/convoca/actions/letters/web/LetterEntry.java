package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.people.PersonLimits;

/** The public letter form as typed, kept verbatim so that a refused form comes back as the person left it. */
public record LetterEntry(String givenName, String familyName, String email, String postalCode, String region,
        String subject, String message, String seen, String website, Set<String> optIns) {

    static final int MAX_BYTES = 64 * 1024;
    static final int REGION = 100;

    static LetterEntry suggested(LetterText text, String postalCode, String region) {
        return new LetterEntry("", "", "", postalCode == null ? "" : postalCode, region == null ? "" : region,
                text.subject(), text.letter(), "", "", Set.of());
    }

    public boolean isOptedIn(String partnerId) {
        return optIns.contains(partnerId);
    }

    static LetterEntry from(HttpServletRequest in) {
        return new LetterEntry(one(in, "given_name"), one(in, "family_name"), one(in, "email"), one(in, "postal_code"),
                one(in, "region"), one(in, "subject"), one(in, "message"), one(in, "seen"), one(in, "website"),
                OptInBoxes.read(in));
    }

    /** What is wrong, field by field, as message keys under {@code actions.sign.error.}. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", "email");
        }
        line(problems, "postal_code", postalCode, PersonLimits.POSTAL_CODE, false);
        line(problems, "region", region, REGION, false);
        line(problems, "subject", subject, LetterText.SUBJECT, true);
        if (message.isBlank()) {
            problems.put("message", "required");
        } else if (PetitionLimits.cleanBlock(message).length() > LetterText.LETTER) {
            problems.put("message", "too-long");
        }
        return problems;
    }

    private static void line(Map<String, String> problems, String field, String value, int max, boolean required) {
        if (required && value.isBlank()) {
            problems.put(field, "required");
        } else if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            problems.put(field, "one-line");
        } else if (PetitionLimits.clean(value).length() > max) {
            problems.put(field, "too-long");
        }
    }

    private static String one(HttpServletRequest in, String name) {
        String v = in.getParameter(name);
        return v == null ? "" : v;
    }
}
