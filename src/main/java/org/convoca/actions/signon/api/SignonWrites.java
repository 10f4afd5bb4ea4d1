package org.convoca.actions.signon.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.signon.InvalidLetterException;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.LetterSigning;
import org.convoca.actions.signon.LetterStatus;
import org.convoca.actions.signon.LetterText;
import org.convoca.actions.signon.OrgMatching;
import org.convoca.actions.signon.SignOn;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Organization;
import org.convoca.people.Person;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Reads the API's letters and signatures from JSON, with a sentence naming the field for anything refused. */
@Service
class SignonWrites {

    private final SignonLetters letters;
    private final LetterSigning signing;

    SignonWrites(SignonLetters letters, LetterSigning signing) {
        this.letters = letters;
        this.signing = signing;
    }

    SignonLetter find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> letters.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no sign-on letter with the identifier "
                        + InlinePerson.shorten(id) + "."));
    }

    SignonLetter create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest("The request needs a title.");
        }
        JsonNode d = json.get("demands");
        String demands = d != null && d.isArray() ? String.join("\n", ApiJson.texts(d, "demands",
                LetterLimits.MAX_DEMANDS)) : ApiJson.text(d, "demands");
        String language = json.has("language") ? ApiJson.text(json.get("language"), "language") : "en";
        LetterStatus status = json.has("status") ? LetterStatus.parse(ApiJson.text(json.get("status"), "status"))
                .orElseThrow(() -> ApiException.badRequest("status must be draft, open or closed.")) : LetterStatus.DRAFT;
        SignonLetter.Signers signers = json.has("signers") ? SignonLetter.Signers.parse(
                ApiJson.text(json.get("signers"), "signers")).orElseThrow(() -> ApiException.badRequest(
                "signers must be organizations, individuals or both.")) : SignonLetter.Signers.BOTH;
        String slug = ApiJson.text(json.get("slug"), "slug");
        SignonLetter draft = new SignonLetter(null, null, slug.isBlank() ? PetitionLimits.slugOf(title) : slug,
                status, ApiJson.text(json.get("addressee"), "addressee"), deadline(json.get("deadline")), signers,
                json.path("moderated").asBoolean(false), json.path("group_by_scope").asBoolean(false), language,
                Map.of(language, new LetterText(language, title, ApiJson.text(json.get("body"), "body"), demands,
                        ApiJson.text(json.get("consent_text"), "consent_text"), "")), null, null);
        try {
            return letters.create(workspaceId, draft);
        } catch (InvalidLetterException e) {
            throw ApiException.badRequest(sentence(e.problems()));
        }
    }

    LetterSigning.Result sign(UUID workspaceId, String letterId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        SignonLetter letter = find(workspaceId, letterId);
        if (letter.status() == LetterStatus.CLOSED || letter.pastDeadline(Instant.now())) {
            throw new ApiException(org.springframework.http.HttpStatus.CONFLICT,
                    "This letter is closed to signatures.");
        }
        String origin = ApiJson.text(json.get("origin_system"), "origin_system");
        String source = origin.isBlank() ? "API" : origin.length() > 200 ? origin.substring(0, 200) : origin;
        Person signer = InlinePerson.read(ApiJson.requiredObject(json, "person", "person"), source);
        SignOn.OrgDetails org = json.has("organization") && !json.get("organization").isNull()
                ? organization(ApiJson.object(json.get("organization"), "organization")) : null;
        if (org == null ? !letter.signers().individuals() : !letter.signers().organizations()) {
            throw ApiException.badRequest(org == null ? "This letter is for organizations: send organization."
                    : "This letter is for individuals: send no organization.");
        }
        String title = ApiJson.text(json.get("title"), "title");
        String affiliation = ApiJson.text(json.get("affiliation"), "affiliation");
        if (title.length() > LetterLimits.SIGNER_TITLE || affiliation.length() > LetterLimits.AFFILIATION) {
            throw ApiException.badRequest("title or affiliation is too long (at most " + LetterLimits.SIGNER_TITLE
                    + " and " + LetterLimits.AFFILIATION + " characters).");
        }
        String language = signer.language().isEmpty() ? letter.defaultLanguage() : signer.language();
        try {
            return signing.sign(letter, new SignOn(org, signer, title, affiliation, language, null, source, true,
                    Map.of(), InlinePerson.autoresponse(json)));
        } catch (InvalidPersonException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static SignOn.OrgDetails organization(JsonNode o) {
        String scopeText = ApiJson.text(o.get("scope"), "organization.scope");
        Organization.Scope scope = scopeText.isBlank() ? null : Organization.Scope.parse(scopeText)
                .orElseThrow(() -> ApiException.badRequest("organization.scope must be national, state or local."));
        SignOn.OrgDetails details = new SignOn.OrgDetails(ApiJson.text(o.get("name"), "organization.name"),
                ApiJson.text(o.get("locality"), "organization.locality"),
                ApiJson.text(o.get("region"), "organization.region"), scope,
                ApiJson.text(o.get("website"), "organization.website"));
        if (OrgMatching.display(details.name()).isEmpty() || details.name().length() > LetterLimits.ORG_NAME) {
            throw ApiException.badRequest("organization.name needs 1 to " + LetterLimits.ORG_NAME + " characters.");
        }
        Map<String, String> problems = new Organization(null, null, details.name(), "", details.website(),
                details.locality(), details.region(), "", scope, null, null).problems();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("organization: " + String.join(" ", problems.values()));
        }
        return details;
    }

    private static Instant deadline(JsonNode node) {
        String text = ApiJson.text(node, "deadline");
        if (text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("deadline must be a date and time such as 2026-12-01T17:00:00Z.");
        }
    }

    private static String sentence(Map<String, LetterLimits.Problem> problems) {
        List<String> parts = problems.entrySet().stream().map(e -> e.getKey() + " " + switch (e.getValue().key()) {
            case "too-long" -> "is longer than " + e.getValue().limit() + " characters";
            case "too-many" -> "has more than " + e.getValue().limit() + " entries";
            case "required" -> "is required";
            case "slug", "slug-taken" -> "must be a free web address of lower-case letters, digits and hyphens";
            default -> "is not valid";
        }).toList();
        return "The letter cannot be saved: " + String.join("; ", parts) + ".";
    }
}
