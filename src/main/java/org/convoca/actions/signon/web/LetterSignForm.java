package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.OrgMatching;
import org.convoca.people.Organization;
import org.convoca.people.PersonLimits;

/**
 * The public sign-on form as typed, kept verbatim so a refused form comes back as the person left it. {@code kind}
 * is {@code organization} or {@code individual}; {@code website} is the honeypot (the organization's own website
 * is {@code org_website}), empty for people.
 */
public record LetterSignForm(String kind, String orgName, String locality, String region, String scope,
        String orgWebsite, String givenName, String familyName, String email, String title, String affiliation,
        Set<String> optIns, String seen, String website) {

    /** More than any real form carries; a bigger one is refused before it is read. */
    static final int MAX_BYTES = 32 * 1024;
    private static final int MAX_OPT_INS = 50;

    static LetterSignForm empty(String kind) {
        return new LetterSignForm(kind, "", "", "", "", "", "", "", "", "", "", Set.of(), "", "");
    }

    static LetterSignForm from(HttpServletRequest in) {
        Set<String> optIns = new LinkedHashSet<>();
        String[] ticked = in.getParameterValues("opt_in");
        for (int i = 0; ticked != null && i < ticked.length && i < MAX_OPT_INS; i++) {
            optIns.add(ticked[i]);
        }
        return new LetterSignForm(one(in, "kind"), one(in, "org_name"), one(in, "locality"), one(in, "region"),
                one(in, "scope"), one(in, "org_website"), one(in, "given_name"), one(in, "family_name"),
                one(in, "email"), one(in, "title"), one(in, "affiliation"), optIns, one(in, "seen"),
                one(in, "website"));
    }

    public boolean isOptedIn(String partnerId) {
        return optIns.contains(partnerId);
    }

    public boolean isOrganization() {
        return "organization".equals(kind);
    }

    /** What is wrong, field by field, as message keys under {@code actions.sign.error.}; empty when nothing is. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (isOrganization()) {
            line(problems, "org_name", orgName, LetterLimits.ORG_NAME, true);
            if (!problems.containsKey("org_name") && OrgMatching.display(orgName).isEmpty()) {
                problems.put("org_name", "required");
            }
            line(problems, "locality", locality, PersonLimits.LOCALITY, true);
            line(problems, "region", region, PersonLimits.REGION, true);
            if (Organization.Scope.parse(scope).isEmpty()) {
                problems.put("scope", "required");
            }
            line(problems, "org_website", orgWebsite, LetterLimits.WEBSITE, false);
            if (!problems.containsKey("org_website") && !orgWebsite.isBlank()
                    && new Organization(null, null, "x", "", orgWebsite, "", "", "", null, null, null).problems()
                            .containsKey("website")) {
                problems.put("org_website", "invalid");
            }
        } else {
            line(problems, "affiliation", affiliation, LetterLimits.AFFILIATION, false);
        }
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "title", title, LetterLimits.SIGNER_TITLE, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", "email");
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
