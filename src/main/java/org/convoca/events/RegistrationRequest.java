package org.convoca.events;

import java.util.List;
import org.convoca.people.Person;

/**
 * Someone registering: who they are (matched by email; a public form only fills in what the workspace does not
 * know yet), their answers with each question's wording as shown, and the consent text they were shown.
 */
public record RegistrationRequest(Person person, String language, List<Registrant.Answer> answers,
        String consentText, String source) {

    public RegistrationRequest {
        answers = answers == null ? List.of() : List.copyOf(answers);
        source = EventLimits.clean(source);
    }
}
