package org.convoca.actions.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;

/**
 * An advocacy campaign: a suggested letter per language (the default language first) and the targets it may go to.
 * Status works as a petition's.
 */
public record LetterCampaign(UUID id, UUID workspaceId, String slug, PetitionStatus status, String defaultLanguage,
        String nextActionUrl, String originSystem, Map<String, LetterText> texts, List<UUID> targetIds,
        Instant createdAt, Instant modifiedAt) {

    public LetterCampaign {
        nextActionUrl = PetitionLimits.clean(nextActionUrl);
        originSystem = PetitionLimits.clean(originSystem);
        Map<String, LetterText> ordered = new LinkedHashMap<>();
        if (texts.containsKey(defaultLanguage)) {
            ordered.put(defaultLanguage, texts.get(defaultLanguage));
        }
        ordered.putAll(texts);
        texts = Collections.unmodifiableMap(ordered);
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }

    public LetterText text(String language) {
        LetterText t = texts.get(language);
        return t != null ? t : texts.values().stream().findFirst()
                .orElse(new LetterText(defaultLanguage, "", "", "", "", "", ""));
    }

    public String title() {
        return text(defaultLanguage).title();
    }

    public List<String> languages() {
        return new ArrayList<>(texts.keySet());
    }

    public boolean isOpen() {
        return status == PetitionStatus.OPEN;
    }

    public boolean isPublic() {
        return status != PetitionStatus.DRAFT;
    }
}
