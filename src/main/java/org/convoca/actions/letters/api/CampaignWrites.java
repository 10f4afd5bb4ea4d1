package org.convoca.actions.letters.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.letters.InvalidLetterException;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.LetterText;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /advocacy_campaigns} and {@code PUT /advocacy_campaigns/{id}}: title, description and the suggested
 * letter ({@code convoca:subject}, {@code convoca:letter}) in the campaign's main language. Made open, as Action
 * Network's are; its targets are chosen by staff.
 */
@Service
class CampaignWrites {

    private final LetterCampaigns campaigns;
    private final Workspaces workspaces;
    private final MessageSource messages;

    CampaignWrites(LetterCampaigns campaigns, Workspaces workspaces, MessageSource messages) {
        this.campaigns = campaigns;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    LetterCampaign find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> campaigns.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no advocacy campaign with the identifier "
                        + InlinePerson.shorten(id) + " in this workspace."));
    }

    LetterCampaign create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest("An advocacy campaign needs a title.");
        }
        String language = workspaces.findById(workspaceId).map(w -> w.defaultLanguage())
                .filter(PetitionLimits.LANGUAGES::contains).orElse("en");
        String slug = PetitionLimits.slugOf(title);
        LetterText text = new LetterText(language, title, ApiJson.text(json.get("description"), "description"),
                ApiJson.text(json.get("convoca:subject"), "convoca:subject"),
                ApiJson.text(json.get("convoca:letter"), "convoca:letter"), "", "");
        LetterCampaign draft = new LetterCampaign(null, null, slug.equals("petition") ? "letter" : slug,
                PetitionStatus.OPEN, language, "", json.has("origin_system")
                        ? ApiJson.text(json.get("origin_system"), "origin_system") : "API",
                Map.of(language, text), List.of(), null, null);
        return refusedAsApiErrors(() -> campaigns.create(workspaceId, draft));
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
        return refusedAsApiErrors(() -> campaigns.update(c));
    }

    private static String field(JsonNode json, String name, String old) {
        return json.has(name) ? ApiJson.text(json.get(name), name) : old;
    }

    private LetterCampaign refusedAsApiErrors(java.util.function.Supplier<LetterCampaign> work) {
        try {
            return work.get();
        } catch (InvalidLetterException e) {
            List<String> sentences = new ArrayList<>();
            e.problems().forEach((field, p) -> sentences.add(field.replaceAll("_(en|es)$", "")
                    .replace("body", "description") + ": " + messages.getMessage("letters.error." + p.key(),
                    new Object[] {p.limit()}, p.key(), Locale.ENGLISH)));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }
}
