package org.convoca.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A petition: whom it addresses, how many signatures it aims for, and its texts per language, the default
 * language first. {@code hashtags} are words without the {@code #}, separated by spaces.
 */
public record Petition(UUID id, UUID workspaceId, String slug, PetitionStatus status, String target, int goal,
        String defaultLanguage, boolean showSigners, String hashtags, String nextActionUrl, String originSystem,
        boolean hasImage, Map<String, PetitionText> texts, Instant createdAt, Instant modifiedAt) {

    public Petition {
        target = PetitionLimits.clean(target);
        hashtags = PetitionLimits.clean(hashtags);
        nextActionUrl = PetitionLimits.clean(nextActionUrl);
        originSystem = PetitionLimits.clean(originSystem);
        Map<String, PetitionText> ordered = new LinkedHashMap<>();
        if (texts.containsKey(defaultLanguage)) {
            ordered.put(defaultLanguage, texts.get(defaultLanguage));
        }
        ordered.putAll(texts);
        texts = Collections.unmodifiableMap(ordered);
    }

    /** The texts in this language, or else in the default language. */
    public PetitionText text(String language) {
        PetitionText t = texts.get(language);
        return t != null ? t : texts.values().stream().findFirst()
                .orElse(new PetitionText(defaultLanguage, "", "", "", "", "", ""));
    }

    public String title() {
        return text(defaultLanguage).title();
    }

    public List<String> languages() {
        return new ArrayList<>(texts.keySet());
    }

    public List<String> hashtagList() {
        return hashtags.isEmpty() ? List.of() : List.of(hashtags.split("\\s+"));
    }

    public boolean isOpen() {
        return status == PetitionStatus.OPEN;
    }

    public boolean isPublic() {
        return status != PetitionStatus.DRAFT;
    }
}
