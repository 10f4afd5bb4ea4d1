package org.convoca.actions.web;

import java.util.LinkedHashMap;
import java.util.Locale;
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
        return new PetitionForm("", "", "", defaultLanguage, false, "", "",
                TypedTexts.everyLanguage(Map.of(), PetitionForm::blank));
    }

    static PetitionForm of(Petition p) {
        return new PetitionForm(p.slug(), p.target(), p.goal() == 0 ? "" : String.valueOf(p.goal()),
                p.defaultLanguage(), p.showSigners(), p.hashtags().isEmpty() ? "" : "#" + p.hashtags()
                        .replace(" ", " #"), p.nextActionUrl(),
                TypedTexts.everyLanguage(p.texts(), PetitionForm::blank));
    }

    static PetitionForm from(MultiValueMap<String, String> in) {
        Map<String, PetitionText> texts = TypedTexts.from(in, (l, field) -> new PetitionText(l, field.apply("title"),
                field.apply("body"), field.apply("letter"), field.apply("consent"), field.apply("thanks"),
                field.apply("image_alt")));
        return new PetitionForm(TypedTexts.one(in, "slug").strip().toLowerCase(Locale.ROOT),
                TypedTexts.one(in, "target"), TypedTexts.one(in, "goal").strip(), TypedTexts.defaultLanguage(in),
                "yes".equals(in.getFirst("show_signers")), TypedTexts.one(in, "hashtags"),
                TypedTexts.one(in, "next_action_url").strip(), texts);
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
        TypedTexts.Used<PetitionText> used = TypedTexts.used(texts, defaultLanguage, PetitionText::isEmpty,
                PetitionText::title);
        return new Petition(base == null ? null : base.id(), base == null ? null : base.workspaceId(),
                slug.isBlank() ? used.slug("petition") : slug, base == null ? PetitionStatus.DRAFT : base.status(),
                target, Math.max(goalNumber(), 0), used.language(), showSigners, PetitionLimits.hashtags(hashtags),
                nextActionUrl, base == null ? "Convoca" : base.originSystem(), base != null && base.hasImage(),
                used.texts(), base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
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

    private static PetitionText blank(String language) {
        return new PetitionText(language, "", "", "", "", "", "");
    }
}
