package org.convoca.actions.forms;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A submission with the person's details and answers, as staff see it in the list and the export. */
public record Submitter(UUID submissionId, UUID personId, String givenName, String familyName, String email,
        String postalCode, String language, String source, Instant submittedAt, Map<UUID, String> answers) {

    public String answer(UUID questionId) {
        return answers.getOrDefault(questionId, "");
    }
}
