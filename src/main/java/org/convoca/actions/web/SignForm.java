package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.convoca.actions.PetitionLimits;
import org.convoca.people.PersonLimits;

/**
 * The public signing form as typed, kept verbatim so that a refused form comes back as the person left it.
 * {@code seen} identifies the texts the form showed; {@code website} is the honeypot, empty for people.
 */
public record SignForm(String givenName, String familyName, String email, String postalCode, String city,
        String comment, boolean listed, Set<String> optIns, String seen, String website) {

    /** More than any real form carries; a bigger one is refused before it is read. */
    static final int MAX_BYTES = 32 * 1024;
    private static final int MAX_OPT_INS = 50;

    static SignForm empty() {
        return new SignForm("", "", "", "", "", "", false, Set.of(), "", "");
    }

    static SignForm from(HttpServletRequest in) {
        Set<String> optIns = new LinkedHashSet<>();
        String[] ticked = in.getParameterValues("opt_in");
        if (ticked != null) {
            for (int i = 0; i < ticked.length && i < MAX_OPT_INS; i++) {
                optIns.add(ticked[i]);
            }
        }
        return new SignForm(one(in, "given_name"), one(in, "family_name"), one(in, "email"), one(in, "postal_code"),
                one(in, "city"), one(in, "comment"), "yes".equals(in.getParameter("listed")), optIns,
                one(in, "seen"), one(in, "website"));
    }

    public boolean isOptedIn(String partnerId) {
        return optIns.contains(partnerId);
    }

    /** What is wrong, field by field, as message keys under {@code actions.sign.error.}; empty when nothing is. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", "email");
        }
        line(problems, "postal_code", postalCode, PersonLimits.POSTAL_CODE, false);
        line(problems, "city", city, PersonLimits.LOCALITY, false);
        if (comment.length() > PetitionLimits.COMMENT) {
            problems.put("comment", "too-long");
        }
        return problems;
    }

    private static void line(Map<String, String> problems, String field, String value, int max, boolean required) {
        if (required && value.isBlank()) {
            problems.put(field, "required");
        } else if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            problems.put(field, "one-line");
        } else if (value.strip().length() > max) {
            problems.put(field, "too-long");
        }
    }

    private static String one(HttpServletRequest in, String name) {
        String v = in.getParameter(name);
        return v == null ? "" : v;
    }
}
