package org.convoca.people;

import java.util.Map;

/** A person that cannot be saved as it is; {@link #problems()} says what is wrong, field by field. */
public class InvalidPersonException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidPersonException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
