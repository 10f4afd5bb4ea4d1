package org.convoca.actions.forms;

import java.util.Map;
import org.convoca.actions.PetitionLimits;

/** A form, question or submission that cannot be saved as it is; {@link #problems} says what, field by field. */
public class InvalidFormException extends RuntimeException {

    private final Map<String, PetitionLimits.Problem> problems;

    public InvalidFormException(Map<String, PetitionLimits.Problem> problems) {
        super("The form cannot be saved: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, PetitionLimits.Problem> problems() {
        return problems;
    }
}
