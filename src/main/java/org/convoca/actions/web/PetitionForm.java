package org.convoca.actions.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.PetitionText;
import org.springframework.util.MultiValueMap;

/**
 * The staff form of a petition, as typed, with one set of texts per language. A language with no text at all is
 * simply not offered to signers.
 */
public record PetitionForm(String slug, String target, String goal, String defaultLanguage, boolean showSigners,
        String hashtags, String nextActionUrl, Map<String, PetitionText> texts) {

    static PetitionForm empty(String defaultLanguage) {
        Map<String, PetitionText> texts = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> texts.put(l, new PetitionText(l, "", "", "", "", "", "")));
        return new PetitionForm("", "", "", defaultLanguage, false, "", "", texts);
    }

    static PetitionForm of(Petition p) {
        PetitionForm form = empty(p.defaultLanguage());
        Map<String, PetitionText> texts = new LinkedHashMap<>(form.texts());
        texts.putAll(p.texts());
        return new PetitionForm(p.slug(), p.target(), p.goal() == 0 ? "" : String.valueOf(p.goal()),
                p.defaultLanguage(), p.showSigners(), p.hashtags().isEmpty() ? "" : "#" + p.hashtags()
                        .replace(" ", " #"), p.nextActionUrl(), texts);
    }

    static PetitionForm from(MultiValueMap<String, String> in) {
        Map<String, PetitionText> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            texts.put(l, new PetitionText(l, one(in, "title_" + l), one(in, "body_" + l), one(in, "letter_" + l),
                    one(in, "consent_" + l), one(in, "thanks_" + l), one(in, "image_alt_" + l)));
        }
        String language = one(in, "default_language");
        return new PetitionForm(one(in, "slug").strip().toLowerCase(java.util.Locale.ROOT), one(in, "target"),
                one(in, "goal").strip(), PetitionLimits.LANGUAGES.contains(language) ? language : "en",
                "yes".equals(in.getFirst("show_signers")), one(in, "hashtags"), one(in, "next_action_url").strip(),
                texts);
    }

    public PetitionText text(String language) {
        return texts.get(language);
    }

    /** Problems only the form sees, such as a goal that is not a number; keyed like {@link PetitionLimits}'. */
    Map<String, PetitionLimits.Problem> formProblems() {
        Map<String, PetitionLimits.Problem> problems = new LinkedHashMap<>();
        if (goalNumber() < 0) {
            problems.put("goal", new PetitionLimits.Problem("goal", 0));
        }
        return problems;
    }

    /**
     * The petition this form describes, on top of {@code base} (id, status, dates), or a new draft when null.
     * Languages left entirely empty are dropped.
     */
    Petition toPetition(Petition base) {
        Map<String, PetitionText> used = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (!t.isEmpty()) {
                used.put(l, t);
            }
        });
        String language = used.containsKey(defaultLanguage) || used.isEmpty() ? defaultLanguage
                : used.keySet().iterator().next();
        String title = used.isEmpty() ? "" : used.get(language).title();
        String chosenSlug = slug.isBlank() ? PetitionLimits.slugOf(title) : slug;
        return new Petition(base == null ? null : base.id(), base == null ? null : base.workspaceId(), chosenSlug,
                base == null ? PetitionStatus.DRAFT : base.status(), target, Math.max(goalNumber(), 0),
                language, showSigners, PetitionLimits.hashtags(hashtags), nextActionUrl,
                base == null ? "Convoca" : base.originSystem(), base != null && base.hasImage(), used,
                base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
    }

    private int goalNumber() {
        if (goal.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(goal.replace(",", "").replace(".", "").replace(" ", ""));
            return n > PetitionLimits.MAX_GOAL ? -1 : (int) n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
