package org.convoca.actions.api;

import static org.convoca.actions.api.ActionWrites.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.PetitionText;
import org.convoca.actions.Petitions;
import org.convoca.api.ApiJson;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /petitions} and {@code PUT /petitions/{id}}: the fields Action Network documents, written into the
 * petition's main language. A petition made through the API is open at once, as Action Network's are.
 */
@Service
class PetitionWrites {

    private static final ActionWrites.Refusal<InvalidPetitionException> REFUSAL = new ActionWrites.Refusal<>(
            InvalidPetitionException.class, InvalidPetitionException::problems, "actions", PetitionWrites::apiField);

    private final Petitions petitions;
    private final ActionWrites writes;

    PetitionWrites(Petitions petitions, ActionWrites writes) {
        this.petitions = petitions;
        this.writes = writes;
    }

    Petition find(UUID workspaceId, String id) {
        return ActionWrites.find(id, uuid -> petitions.find(workspaceId, uuid), "petition");
    }

    Petition create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ActionWrites.title(json, "A petition needs a title.");
        String language = writes.language(workspaceId);
        PetitionText text = new PetitionText(language, title, ApiJson.text(json.get("description"), "description"),
                ApiJson.text(json.get("petition_text"), "petition_text"), "", "", "");
        Petition draft = new Petition(null, null, PetitionLimits.slugOf(title), PetitionStatus.OPEN, target(json, ""),
                0, language, false, "", "", ActionWrites.originSystem(json), false, Map.of(language, text), null, null);
        return writes.saved(REFUSAL, () -> petitions.create(workspaceId, draft));
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
        return writes.saved(REFUSAL, () -> petitions.update(p));
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

    private static String apiField(String field) {
        return switch (field.replaceAll("_(en|es)$", "")) {
            case "body" -> "description";
            case "letter" -> "petition_text";
            case "slug" -> "title";
            default -> field.replaceAll("_(en|es)$", "");
        };
    }
}
