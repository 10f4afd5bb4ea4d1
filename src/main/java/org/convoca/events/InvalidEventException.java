package org.convoca.events;

import java.util.Map;

/** An event that cannot be saved as given; {@code problems} says why, field by field. */
public class InvalidEventException extends RuntimeException {

    private final transient Map<String, EventLimits.Problem> problems;

    public InvalidEventException(Map<String, EventLimits.Problem> problems) {
        super("The event cannot be saved: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, EventLimits.Problem> problems() {
        return problems;
    }
}
