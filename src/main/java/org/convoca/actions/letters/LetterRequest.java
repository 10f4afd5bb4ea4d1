package org.convoca.actions.letters;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Person;

/**
 * Someone writing on a campaign: who they are (matched by email) and where they live (their postal code and
 * region choose the targets), the subject and text they send, and the consent text they were shown (none through
 * the API).
 *
 * @param trusted whether the details may overwrite what is known (the API) or only fill in what is missing
 * @param deliver whether the letters are emailed to the targets (the public form) or only recorded (a script, as
 *                Action Network's API records outreaches without contacting anyone)
 * @param autoresponse whether a first letter gets the campaign's confirmation email, if it has one turned on
 * @param optIns       the co-sponsors the writer opted in to, with the text of each box as shown
 */
public record LetterRequest(Person person, String language, String region, String postalCode, String subject,
        String message, String source, String consentText, List<String> addTags, boolean trusted, boolean deliver,
        boolean autoresponse, Map<UUID, String> optIns) {

    public LetterRequest {
        optIns = optIns == null ? Map.of() : Map.copyOf(optIns);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }
}
