package org.convoca.actions.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.PetitionText;
import org.convoca.actions.Petitions;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /petitions} and {@code PUT /petitions/{id}}: the fields Action Network documents, written into the
 * petition's main language. A petition made through the API is open at once, as Action Network's are.
 */
@Service
class PetitionWrites {

    private final Petitions petitions;
    private final Workspaces workspaces;
    private final MessageSource messages;

    PetitionWrites(Petitions petitions, Workspaces workspaces, MessageSource messages) {
        this.petitions = petitions;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    Petition find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> petitions.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no petition with the identifier "
                        + InlinePerson.shorten(id) + " in this workspace."));
    }

    Petition create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest("A petition needs a title.");
        }
        String language = workspaces.findById(workspaceId).map(w -> w.defaultLanguage())
                .filter(PetitionLimits.LANGUAGES::contains).orElse("en");
        PetitionText text = new PetitionText(language, title, ApiJson.text(json.get("description"), "description"),
                ApiJson.text(json.get("petition_text"), "petition_text"), "", "", "");
        Petition draft = new Petition(null, null, PetitionLimits.slugOf(title), PetitionStatus.OPEN, target(json, ""),
                0, language, false, "", "", json.has("origin_system")
                        ? ApiJson.text(json.get("origin_system"), "origin_system") : "API",
                false, Map.of(language, text), null, null);
        return refusedAsApiErrors(() -> petitions.create(workspaceId, draft));
    }

    /** Fields that are absent stay as they are; {@code null} clears a field that may be empty. */
    Petition update(UUID workspaceId, String id, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Petition old = find(workspaceId, id);
        PetitionText t = old.text(old.defaultLanguage());
        PetitionText changed = new PetitionText(old.defaultLanguage(), field(json, "title", t.title()),
                field(json, "description", t.body()), field(json, "petition_text", t.letter()), t.consent(),
                t.thanks(), t.imageAlt());
        Map<String, PetitionText> texts = new LinkedHashMap<>(old.texts());
        texts.put(old.defaultLanguage(), changed);
        Petition p = new Petition(old.id(), old.workspaceId(), old.slug(), old.status(), target(json, old.target()),
                old.goal(), old.defaultLanguage(), old.showSigners(), old.hashtags(), old.nextActionUrl(),
                field(json, "origin_system", old.originSystem()), old.hasImage(), texts, old.createdAt(),
                old.modifiedAt());
        return refusedAsApiErrors(() -> petitions.update(p));
    }

    /** {@code target} as Action Network has it, an array of {@code {"name": ...}}; a plain string is taken too. */
    private static String target(JsonNode json, String old) {
        if (!json.has("target")) {
            return old;
        }
        JsonNode node = json.get("target");
        if (node.isNull() || node.isString()) {
            return ApiJson.text(node, "target");
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> entries = ApiJson.array(node, "target");
        for (int i = 0; i < entries.size() && i < 50; i++) {
            JsonNode e = entries.get(i);
            names.add(e.isString() ? e.asString() : ApiJson.text(ApiJson.object(e, "target[" + i + "]").get("name"),
                    "target[" + i + "].name"));
        }
        return String.join(", ", names);
    }

    private static String field(JsonNode json, String name, String old) {
        return json.has(name) ? ApiJson.text(json.get(name), name) : old;
    }

    private Petition refusedAsApiErrors(java.util.function.Supplier<Petition> work) {
        try {
            return work.get();
        } catch (InvalidPetitionException e) {
            List<String> sentences = new ArrayList<>();
            e.problems().forEach((field, p) -> sentences.add(apiField(field) + ": " + messages.getMessage(
                    "actions.error." + p.key(), new Object[] {p.limit()}, p.key(), Locale.ENGLISH)));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }

    private static String apiField(String field) {
        return switch (field.replaceAll("_(en|es)$", "")) {
            case "body" -> "description";
            case "letter" -> "petition_text";
            case "slug" -> "title";
            default -> field.replaceAll("_(en|es)$", "");
        };
    }
}
