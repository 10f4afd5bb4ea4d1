package org.convoca.actions.letters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterText;
import org.springframework.util.MultiValueMap;

/** The staff form of a campaign's own fields, as typed, one set of texts per language. */
public record LetterEditForm(String slug, String defaultLanguage, String nextActionUrl,
        Map<String, LetterText> texts) {

    static LetterEditForm empty(String defaultLanguage) {
        Map<String, LetterText> texts = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> texts.put(l, new LetterText(l, "", "", "", "", "", "")));
        return new LetterEditForm("", defaultLanguage, "", texts);
    }

    static LetterEditForm of(LetterCampaign c) {
        Map<String, LetterText> texts = new LinkedHashMap<>(empty(c.defaultLanguage()).texts());
        texts.putAll(c.texts());
        return new LetterEditForm(c.slug(), c.defaultLanguage(), c.nextActionUrl(), texts);
    }

    static LetterEditForm from(MultiValueMap<String, String> in) {
        Map<String, LetterText> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            texts.put(l, new LetterText(l, one(in, "title_" + l), one(in, "body_" + l), one(in, "subject_" + l),
                    one(in, "letter_" + l), one(in, "consent_" + l), one(in, "thanks_" + l)));
        }
        String language = one(in, "default_language");
        return new LetterEditForm(one(in, "slug").strip().toLowerCase(Locale.ROOT),
                PetitionLimits.LANGUAGES.contains(language) ? language : "en", one(in, "next_action_url").strip(),
                texts);
    }

    public LetterText text(String language) {
        return texts.get(language);
    }

    LetterCampaign toCampaign(LetterCampaign base) {
        Map<String, LetterText> used = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (!t.isEmpty()) {
                used.put(l, t);
            }
        });
        String language = used.containsKey(defaultLanguage) || used.isEmpty() ? defaultLanguage
                : used.keySet().iterator().next();
        String title = used.isEmpty() ? "" : used.get(language).title();
        String slugOf = PetitionLimits.slugOf(title);
        String chosen = slug.isBlank() ? (slugOf.equals("petition") ? "letter" : slugOf) : slug;
        return new LetterCampaign(base == null ? null : base.id(), base == null ? null : base.workspaceId(), chosen,
                base == null ? PetitionStatus.DRAFT : base.status(), language, nextActionUrl,
                base == null ? "Convoca" : base.originSystem(), used, base == null ? List.of() : base.targetIds(),
                base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
