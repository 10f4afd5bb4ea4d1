package org.convoca.actions.forms;

import java.util.Arrays;
import java.util.List;
import org.convoca.actions.PetitionLimits;

/** A question's words in one language: its label and, for a choice question, its choices in order. */
public record QuestionText(String language, String label, List<String> choices) {

    public QuestionText {
        label = PetitionLimits.clean(label);
        choices = choices == null ? List.of()
                : choices.stream().map(PetitionLimits::clean).filter(c -> !c.isEmpty()).toList();
    }

    /** Choices typed one per line. */
    public static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\r\n|\r|\n")).toList();
    }

    public boolean isEmpty() {
        return label.isEmpty() && choices.isEmpty();
    }
}
