package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.people.PersonLimits;

/**
 * A public form as typed, kept verbatim so that a refused form comes back as the person left it. {@code seen}
 * identifies the texts the form showed; {@code website} is the honeypot, empty for people.
 */
public record FormEntry(String givenName, String familyName, String email, String postalCode,
        Map<String, List<String>> answers, String seen, String website, Set<String> optIns) {

    /** More than any real form carries; a bigger one is refused before it is read. */
    static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_VALUES = 60;

    static FormEntry empty() {
        return new FormEntry("", "", "", "", Map.of(), "", "", Set.of());
    }

    static FormEntry from(HttpServletRequest in, List<String> fields) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String field : fields) {
            String[] values = in.getParameterValues(field);
            answers.put(field, values == null ? List.of() : Arrays.stream(values).limit(MAX_VALUES).toList());
        }
        return new FormEntry(one(in, "given_name"), one(in, "family_name"), one(in, "email"), one(in, "postal_code"),
                answers, one(in, "seen"), one(in, "website"), OptInBoxes.read(in));
    }

    /** What was typed into a text question, or chosen as a single choice. */
    public String value(String field) {
        List<String> v = answers.getOrDefault(field, List.of());
        return v.isEmpty() ? "" : v.getFirst();
    }

    public boolean isOptedIn(String partnerId) {
        return optIns.contains(partnerId);
    }

    public boolean isChosen(String field, String choice) {
        return answers.getOrDefault(field, List.of()).contains(choice);
    }

    /** What is wrong with the person's own fields, as message keys under {@code forms.entry.error.}. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", "email");
        }
        line(problems, "postal_code", postalCode, PersonLimits.POSTAL_CODE, false);
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
