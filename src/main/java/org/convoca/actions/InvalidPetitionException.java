package org.convoca.actions;

import java.util.Map;

/** A petition that cannot be saved as it is; {@link #problems} says what is wrong, field by field. */
public class InvalidPetitionException extends RuntimeException {

    private final Map<String, PetitionLimits.Problem> problems;

    public InvalidPetitionException(Map<String, PetitionLimits.Problem> problems) {
        super("The petition cannot be saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, PetitionLimits.Problem> problems() {
        return problems;
    }
}
