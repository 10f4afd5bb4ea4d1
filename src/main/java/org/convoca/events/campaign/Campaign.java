package org.convoca.events.campaign;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event campaign (a day of action): its owner, address, and title and description (Markdown) per language. */
public record Campaign(UUID id, UUID workspaceId, String slug, String defaultLanguage, Map<String, Text> texts,
        Instant createdAt, Instant modifiedAt) {

    /** The campaign's words in one language. */
    public record Text(String language, String title, String description) {
    }

    /** The texts in this language, or else in the default language. */
    public Text text(String language) {
        Text t = texts.get(language);
        if (t == null) {
            t = texts.get(defaultLanguage);
        }
        return t != null ? t : texts.values().stream().findFirst().orElse(new Text(defaultLanguage, "", ""));
    }

    public String title() {
        return text(defaultLanguage).title();
    }
}
