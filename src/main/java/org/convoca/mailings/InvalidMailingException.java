package org.convoca.mailings;

import java.util.Map;

/** A mailing that cannot be saved or sent as it stands; {@link #problems()} names each problem by field. */
public class InvalidMailingException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidMailingException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
