package org.convoca.actions.letters.api;

import static org.convoca.actions.api.ActionWrites.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.api.ActionWrites;
import org.convoca.actions.letters.InvalidLetterException;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.LetterText;
import org.convoca.api.ApiJson;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /advocacy_campaigns} and {@code PUT /advocacy_campaigns/{id}}: title, description and the suggested
 * letter ({@code convoca:subject}, {@code convoca:letter}) in the campaign's main language. Made open, as Action
 * Network's are; its targets are chosen by staff.
 */
@Service
class CampaignWrites {

    private static final ActionWrites.Refusal<InvalidLetterException> REFUSAL = new ActionWrites.Refusal<>(
            InvalidLetterException.class, InvalidLetterException::problems, "letters", ActionWrites::apiField);

    private final LetterCampaigns campaigns;
    private final ActionWrites writes;

    CampaignWrites(LetterCampaigns campaigns, ActionWrites writes) {
        this.campaigns = campaigns;
        this.writes = writes;
    }

    LetterCampaign find(UUID workspaceId, String id) {
        return ActionWrites.find(id, uuid -> campaigns.find(workspaceId, uuid), "advocacy campaign");
    }

    LetterCampaign create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ActionWrites.title(json, "An advocacy campaign needs a title.");
        String language = writes.language(workspaceId);
        String slug = PetitionLimits.slugOf(title);
        LetterText text = new LetterText(language, title, ApiJson.text(json.get("description"), "description"),
                ApiJson.text(json.get("convoca:subject"), "convoca:subject"),
                ApiJson.text(json.get("convoca:letter"), "convoca:letter"), "", "");
        LetterCampaign draft = new LetterCampaign(null, null, slug.equals("petition") ? "letter" : slug,
                PetitionStatus.OPEN, language, "", ActionWrites.originSystem(json), Map.of(language, text), List.of(),
                null, null);
        return writes.saved(REFUSAL, () -> campaigns.create(workspaceId, draft));
    }

    LetterCampaign update(UUID workspaceId, String id, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        LetterCampaign old = find(workspaceId, id);
        LetterText t = old.text(old.defaultLanguage());
        Map<String, LetterText> texts = new LinkedHashMap<>(old.texts());
        texts.put(old.defaultLanguage(), new LetterText(old.defaultLanguage(), field(json, "title", t.title()),
                field(json, "description", t.body()), field(json, "convoca:subject", t.subject()),
                field(json, "convoca:letter", t.letter()), t.consent(), t.thanks()));
        LetterCampaign c = new LetterCampaign(old.id(), old.workspaceId(), old.slug(), old.status(),
                old.defaultLanguage(), old.nextActionUrl(), field(json, "origin_system", old.originSystem()), texts,
                old.targetIds(), old.createdAt(), old.modifiedAt());
        return writes.saved(REFUSAL, () -> campaigns.update(c));
    }
}
