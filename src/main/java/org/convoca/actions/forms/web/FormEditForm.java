package org.convoca.actions.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.web.TypedTexts;
import org.springframework.util.MultiValueMap;

/** The staff form of a form's own fields, as typed, one set of texts per language. */
public record FormEditForm(String slug, String defaultLanguage, String nextActionUrl, Map<String, FormText> texts) {

    static FormEditForm empty(String defaultLanguage) {
        return new FormEditForm("", defaultLanguage, "", TypedTexts.everyLanguage(Map.of(), FormEditForm::blank));
    }

    static FormEditForm of(Form f) {
        return new FormEditForm(f.slug(), f.defaultLanguage(), f.nextActionUrl(),
                TypedTexts.everyLanguage(f.texts(), FormEditForm::blank));
    }

    static FormEditForm from(MultiValueMap<String, String> in) {
        Map<String, FormText> texts = TypedTexts.from(in, (l, field) -> new FormText(l, field.apply("title"),
                field.apply("body"), field.apply("consent"), field.apply("thanks")));
        return new FormEditForm(TypedTexts.one(in, "slug").strip().toLowerCase(Locale.ROOT),
                TypedTexts.defaultLanguage(in), TypedTexts.one(in, "next_action_url").strip(), texts);
    }

    public FormText text(String language) {
        return texts.get(language);
    }

    /** The form this describes, on top of {@code base} (id, status, questions, dates), or a new draft. */
    Form toForm(Form base) {
        TypedTexts.Used<FormText> used = TypedTexts.used(texts, defaultLanguage, FormText::isEmpty, FormText::title);
        return new Form(base == null ? null : base.id(), base == null ? null : base.workspaceId(),
                slug.isBlank() ? used.slug("form") : slug, base == null ? PetitionStatus.DRAFT : base.status(),
                used.language(), nextActionUrl, base == null ? "Convoca" : base.originSystem(), used.texts(),
                base == null ? List.of() : base.questions(), base == null ? null : base.createdAt(),
                base == null ? null : base.modifiedAt());
    }

    private static FormText blank(String language) {
        return new FormText(language, "", "", "", "");
    }
}
