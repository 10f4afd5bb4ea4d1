package org.convoca.events.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.convoca.events.CoHosts;
import org.convoca.events.EventLimits;
import org.convoca.events.Question;
import org.convoca.people.PersonLimits;

/**
 * The public registration form as typed, kept verbatim so a refused form comes back as the person left it.
 * {@code seen} identifies the texts the form showed; {@code website} is the honeypot, empty for people.
 */
public record RegisterForm(String givenName, String familyName, String email, String postalCode,
        Map<Integer, String> answers, Set<String> optIns, String seen, String website) {

    /** More than any real form carries; a bigger one is refused before it is read. */
    static final int MAX_BYTES = 32 * 1024;

    static RegisterForm empty() {
        return new RegisterForm("", "", "", "", Map.of(), Set.of(), "", "");
    }

    static RegisterForm from(HttpServletRequest in) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (int n = 1; n <= EventLimits.MAX_QUESTIONS; n++) {
            String a = in.getParameter("answer_" + n);
            if (a != null) {
                answers.put(n, a);
            }
        }
        Set<String> optIns = new LinkedHashSet<>();
        String[] ticked = in.getParameterValues("opt_in");
        for (int i = 0; ticked != null && i < ticked.length && i < CoHosts.MAX; i++) {
            optIns.add(ticked[i]);
        }
        return new RegisterForm(one(in, "given_name"), one(in, "family_name"), one(in, "email"),
                one(in, "postal_code"), answers, optIns, one(in, "seen"), one(in, "website"));
    }

    /** Whether the box of this co-host was ticked; a box is never ticked for the person. */
    public boolean isOptedIn(String partnerId) {
        return optIns.contains(partnerId);
    }

    public String answer(int position) {
        return answers.getOrDefault(position, "");
    }

    /** What is wrong, field by field, as message keys under {@code events.register.error.}. */
    Map<String, String> problems(Iterable<Question> questions, boolean withAnswers) {
        Map<String, String> problems = new LinkedHashMap<>();
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", "email");
        }
        line(problems, "postal_code", postalCode, PersonLimits.POSTAL_CODE, false);
        if (withAnswers) {
            for (Question q : questions) {
                String a = answer(q.position());
                if (q.required() && a.isBlank()) {
                    problems.put("answer_" + q.position(), "required");
                } else if (a.length() > EventLimits.ANSWER) {
                    problems.put("answer_" + q.position(), "too-long");
                }
            }
        }
        return problems;
    }

    private static void line(Map<String, String> problems, String field, String value, int max, boolean required) {
        String problem = lineProblem(value, max, required);
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    /** What is wrong with a one-line field ("required", "one-line" or "too-long"), or null if nothing is. */
    public static String lineProblem(String value, int max, boolean required) {
        if (required && value.isBlank()) {
            return "required";
        } else if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return "one-line";
        } else if (value.strip().length() > max) {
            return "too-long";
        }
        return null;
    }

    private static String one(HttpServletRequest in, String name) {
        String v = in.getParameter(name);
        return v == null ? "" : v;
    }
}
