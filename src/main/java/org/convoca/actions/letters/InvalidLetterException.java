package org.convoca.actions.letters;

import java.util.Map;
import org.convoca.actions.PetitionLimits;

/** A target, campaign or letter that cannot be saved as it is; {@link #problems} says what, field by field. */
public class InvalidLetterException extends RuntimeException {

    private final Map<String, PetitionLimits.Problem> problems;

    public InvalidLetterException(Map<String, PetitionLimits.Problem> problems) {
        super("Cannot be saved: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, PetitionLimits.Problem> problems() {
        return problems;
    }
}
