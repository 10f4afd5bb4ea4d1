package org.convoca.actions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Person;

/**
 * Someone signing a petition: who they are (matched by email), what they wrote, and the exact texts they were
 * shown — the consent text and, for each co-sponsor whose box they ticked, that box's text. A signer who saw no
 * form (a signature recorded through the API) has no consent text, and none is recorded.
 *
 * @param signer  a person already saved (with an id), or a draft to find by email or add
 * @param trusted whether the details may overwrite what the workspace already knows about the person (the API,
 *                called with the workspace's own key) or only fill in what is missing (a public form, where anyone
 *                can type anyone's email address)
 * @param optIns  the co-sponsors the signer opted in to, with the text of each box as shown
 * @param autoresponse whether a first signature gets the petition's confirmation email, if it has one turned on
 *                (the public form always; the API when the client asks, as Action Network's does)
 */
public record SignatureRequest(Person signer, String language, String comment, boolean listed, String source,
        String consentText, Map<UUID, String> optIns, List<String> addTags, boolean trusted, boolean autoresponse) {

    /** A signature that sends no confirmation email. */
    public SignatureRequest(Person signer, String language, String comment, boolean listed, String source,
            String consentText, Map<UUID, String> optIns, List<String> addTags, boolean trusted) {
        this(signer, language, comment, listed, source, consentText, optIns, addTags, trusted, false);
    }

    public SignatureRequest {
        comment = PetitionLimits.cleanBlock(comment);
        source = PetitionLimits.clean(source);
        optIns = optIns == null ? Map.of() : Map.copyOf(optIns);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }
}
