package org.convoca.actions.letters.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.web.TypedTexts;
import org.springframework.util.MultiValueMap;

/** The staff form of a campaign's own fields, as typed, one set of texts per language. */
public record LetterEditForm(String slug, String defaultLanguage, String nextActionUrl,
        Map<String, LetterText> texts) {

    static LetterEditForm empty(String defaultLanguage) {
        return new LetterEditForm("", defaultLanguage, "", TypedTexts.everyLanguage(Map.of(), LetterEditForm::blank));
    }

    static LetterEditForm of(LetterCampaign c) {
        return new LetterEditForm(c.slug(), c.defaultLanguage(), c.nextActionUrl(),
                TypedTexts.everyLanguage(c.texts(), LetterEditForm::blank));
    }

    static LetterEditForm from(MultiValueMap<String, String> in) {
        Map<String, LetterText> texts = TypedTexts.from(in, (l, field) -> new LetterText(l, field.apply("title"),
                field.apply("body"), field.apply("subject"), field.apply("letter"), field.apply("consent"),
                field.apply("thanks")));
        return new LetterEditForm(TypedTexts.one(in, "slug").strip().toLowerCase(Locale.ROOT),
                TypedTexts.defaultLanguage(in), TypedTexts.one(in, "next_action_url").strip(), texts);
    }

    public LetterText text(String language) {
        return texts.get(language);
    }

    /** The campaign this describes, on top of {@code base} (id, status, targets, dates), or a new draft. */
    LetterCampaign toCampaign(LetterCampaign base) {
        TypedTexts.Used<LetterText> used = TypedTexts.used(texts, defaultLanguage, LetterText::isEmpty,
                LetterText::title);
        return new LetterCampaign(base == null ? null : base.id(), base == null ? null : base.workspaceId(),
                slug.isBlank() ? used.slug("letter") : slug, base == null ? PetitionStatus.DRAFT : base.status(),
                used.language(), nextActionUrl, base == null ? "Convoca" : base.originSystem(), used.texts(),
                base == null ? List.of() : base.targetIds(), base == null ? null : base.createdAt(),
                base == null ? null : base.modifiedAt());
    }

    private static LetterText blank(String language) {
        return new LetterText(language, "", "", "", "", "", "");
    }
}
