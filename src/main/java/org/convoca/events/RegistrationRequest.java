package org.convoca.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Person;

/**
 * Someone registering: who they are (matched by email; a public form only fills in what the workspace does not
 * know yet), their answers with each question's wording as shown, and the consent text they were shown.
 * {@code optIns} holds the co-hosts whose boxes they ticked, each with the box's words as shown.
 */
public record RegistrationRequest(Person person, String language, List<Registrant.Answer> answers,
        String consentText, String source, Map<UUID, String> optIns) {

    public RegistrationRequest {
        answers = answers == null ? List.of() : List.copyOf(answers);
        source = EventLimits.clean(source);
        optIns = optIns == null ? Map.of() : Map.copyOf(optIns);
    }

    public RegistrationRequest(Person person, String language, List<Registrant.Answer> answers, String consentText,
            String source) {
        this(person, language, answers, consentText, source, Map.of());
    }
}
