package org.convoca.actions.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.SignResult;
import org.convoca.actions.Signature;
import org.convoca.actions.SignatureRequest;
import org.convoca.actions.Signatures;
import org.convoca.actions.Signing;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /petitions/{id}/signatures}: with an inline {@code person} it is the record signature helper
 * (the person is found by email or added, and {@code add_tags} put on them); with {@code _links.osdi:person}
 * it signs for a person who already exists. Either way a person signs a petition once.
 */
@Service
class SignatureWrites {

    static final int MAX_TAGS = 100;

    private final PetitionWrites petitions;
    private final Signatures signatures;
    private final Signing signing;
    private final People people;

    SignatureWrites(PetitionWrites petitions, Signatures signatures, Signing signing, People people) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.signing = signing;
        this.people = people;
    }

    SignResult create(UUID workspaceId, String petitionId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Petition petition = petitions.find(workspaceId, petitionId);
        String comment = ApiJson.text(json.get("comments"), "comments");
        if (comment.length() > PetitionLimits.COMMENT) {
            throw ApiException.badRequest("comments is longer than " + PetitionLimits.COMMENT + " characters.");
        }
        String source = InlinePerson.source(json);
        List<String> tags = InlinePerson.tags(json, MAX_TAGS);
        Person signer = InlinePerson.of(json, source, "signature", id -> people.find(workspaceId, id));
        String language = signer.language().isEmpty() ? petition.defaultLanguage() : signer.language();
        try {
            return signing.sign(petition, new SignatureRequest(signer, language, comment, false, source, null,
                    Map.of(), tags, true, InlinePerson.autoresponse(json)));
        } catch (InvalidPersonException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    Signature find(UUID workspaceId, Petition petition, String id) {
        return Identifiers.parse(id).flatMap(uuid -> signatures.find(workspaceId, uuid))
                .filter(s -> s.petitionId().equals(petition.id()))
                .orElseThrow(() -> ApiException.notFound("There is no signature with the identifier "
                        + InlinePerson.shorten(id) + " on this petition."));
    }

    /** {@code PUT}: a signature's comments are all a client may change. */
    Signature update(UUID workspaceId, String petitionId, String id, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Signature s = find(workspaceId, petitions.find(workspaceId, petitionId), id);
        if (!json.has("comments")) {
            return s;
        }
        String comment = PetitionLimits.cleanBlock(ApiJson.text(json.get("comments"), "comments"));
        if (comment.length() > PetitionLimits.COMMENT) {
            throw ApiException.badRequest("comments is longer than " + PetitionLimits.COMMENT + " characters.");
        }
        return signatures.changeComment(s, comment);
    }
}
