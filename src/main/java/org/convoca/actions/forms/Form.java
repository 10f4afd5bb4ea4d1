package org.convoca.actions.forms;

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
 * A form: its texts per language (the default language first) and its questions in order. Status works as a
 * petition's: a draft is seen only by staff, an open form takes submissions, a closed one takes none.
 */
public record Form(UUID id, UUID workspaceId, String slug, PetitionStatus status, String defaultLanguage,
        String nextActionUrl, String originSystem, Map<String, FormText> texts, List<Question> questions,
        Instant createdAt, Instant modifiedAt) {

    public Form {
        nextActionUrl = PetitionLimits.clean(nextActionUrl);
        originSystem = PetitionLimits.clean(originSystem);
        Map<String, FormText> ordered = new LinkedHashMap<>();
        if (texts.containsKey(defaultLanguage)) {
            ordered.put(defaultLanguage, texts.get(defaultLanguage));
        }
        ordered.putAll(texts);
        texts = Collections.unmodifiableMap(ordered);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The texts in this language, or else in the default language. */
    public FormText text(String language) {
        FormText t = texts.get(language);
        return t != null ? t : texts.values().stream().findFirst()
                .orElse(new FormText(defaultLanguage, "", "", "", ""));
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

    public Form withQuestions(List<Question> qs) {
        return new Form(id, workspaceId, slug, status, defaultLanguage, nextActionUrl, originSystem, texts, qs,
                createdAt, modifiedAt);
    }
}
