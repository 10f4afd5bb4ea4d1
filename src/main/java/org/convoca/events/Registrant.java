package org.convoca.events;

import java.util.List;

/** A registration as staff see it: who, how to reach them, and what they answered. */
public record Registrant(Registration registration, String name, String email, List<Answer> answers) {

    /** An answer with the wording of the question as the person saw it. */
    public record Answer(int position, String question, String answer) {
    }
}
