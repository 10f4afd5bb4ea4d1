package org.convoca.actions.forms;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Person;

/**
 * Someone submitting a form: who they are (matched by email), their answers as checked by {@link FormAnswers},
 * and the consent text they were shown (none when no form was shown, as through the API).
 *
 * @param trusted      whether the details and answers may overwrite what is known (the API) or only fill in
 *                     what is missing (a public form, where anyone can type anyone's address)
 * @param autoresponse whether a first submission gets the form's confirmation email, if it has one turned on
 * @param optIns       the co-sponsors the person opted in to, with the text of each box as shown
 */
public record SubmissionRequest(Person person, String language, Map<UUID, String> answers, String source,
        String consentText, List<String> addTags, boolean trusted, boolean autoresponse, Map<UUID, String> optIns) {

    public SubmissionRequest {
        optIns = optIns == null ? Map.of() : Map.copyOf(optIns);
        answers = Map.copyOf(answers);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }
}
