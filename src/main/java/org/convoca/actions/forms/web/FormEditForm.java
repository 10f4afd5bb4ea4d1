package org.convoca.actions.forms.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.springframework.util.MultiValueMap;

/** The staff form of a form's own fields, as typed, one set of texts per language. */
public record FormEditForm(String slug, String defaultLanguage, String nextActionUrl, Map<String, FormText> texts) {

    static FormEditForm empty(String defaultLanguage) {
        Map<String, FormText> texts = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> texts.put(l, new FormText(l, "", "", "", "")));
        return new FormEditForm("", defaultLanguage, "", texts);
    }

    static FormEditForm of(Form f) {
        Map<String, FormText> texts = new LinkedHashMap<>(empty(f.defaultLanguage()).texts());
        texts.putAll(f.texts());
        return new FormEditForm(f.slug(), f.defaultLanguage(), f.nextActionUrl(), texts);
    }

    static FormEditForm from(MultiValueMap<String, String> in) {
        Map<String, FormText> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            texts.put(l, new FormText(l, one(in, "title_" + l), one(in, "body_" + l), one(in, "consent_" + l),
                    one(in, "thanks_" + l)));
        }
        String language = one(in, "default_language");
        return new FormEditForm(one(in, "slug").strip().toLowerCase(Locale.ROOT),
                PetitionLimits.LANGUAGES.contains(language) ? language : "en", one(in, "next_action_url").strip(),
                texts);
    }

    public FormText text(String language) {
        return texts.get(language);
    }

    /** The form this describes, on top of {@code base} (id, status, questions, dates), or a new draft. */
    Form toForm(Form base) {
        Map<String, FormText> used = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (!t.isEmpty()) {
                used.put(l, t);
            }
        });
        String language = used.containsKey(defaultLanguage) || used.isEmpty() ? defaultLanguage
                : used.keySet().iterator().next();
        String title = used.isEmpty() ? "" : used.get(language).title();
        String slugOf = PetitionLimits.slugOf(title);
        String chosen = slug.isBlank() ? (slugOf.equals("petition") ? "form" : slugOf) : slug;
        return new Form(base == null ? null : base.id(), base == null ? null : base.workspaceId(), chosen,
                base == null ? PetitionStatus.DRAFT : base.status(), language, nextActionUrl,
                base == null ? "Convoca" : base.originSystem(), used, base == null ? List.of() : base.questions(),
                base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
