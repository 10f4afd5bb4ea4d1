package org.convoca.actions.signon;

import java.util.Map;

/** A letter that cannot be saved as given, with what is wrong field by field. */
public class InvalidLetterException extends RuntimeException {

    private final transient Map<String, LetterLimits.Problem> problems;

    public InvalidLetterException(Map<String, LetterLimits.Problem> problems) {
        super("Invalid letter: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, LetterLimits.Problem> problems() {
        return problems;
    }
}
