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
        String origin = json.has("origin_system") ? ApiJson.text(json.get("origin_system"), "origin_system") : "";
        String source = origin.isBlank() ? "API" : origin.length() > 200 ? origin.substring(0, 200) : origin;
        List<String> tags = ApiJson.texts(json.get("add_tags"), "add_tags", MAX_TAGS);
        for (String tag : tags) {
            if (tag.isBlank() || tag.length() > 200) {
                throw ApiException.badRequest("Each of add_tags needs 1 to 200 characters.");
            }
        }
        Person signer;
        if (json.has("person") && !json.get("person").isNull()) {
            signer = InlinePerson.read(json.get("person"), source);
        } else {
            String href = ApiJson.linkHref(json, "osdi:person");
            if (href == null) {
                throw ApiException.badRequest("The request needs either person (the record signature helper) or "
                        + "_links.osdi:person.href (a signature by someone already in the system).");
            }
            signer = Identifiers.parse(href).flatMap(id -> people.find(workspaceId, id))
                    .orElseThrow(() -> ApiException.badRequest("_links.osdi:person names no person in this "
                            + "workspace: " + InlinePerson.shorten(href)));
        }
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
