package org.convoca.actions.signon.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.LetterStatus;
import org.convoca.actions.signon.LetterText;
import org.convoca.actions.signon.SignonLetter;
import org.springframework.util.MultiValueMap;

/**
 * The staff form for a letter, as typed. A language is part of the letter when its title is filled in; the
 * deadline is a local date and time in the workspace's time zone.
 */
public record LetterForm(String slug, String addressee, String deadline, String signers, boolean moderated,
        boolean groupByScope, String defaultLanguage, Map<String, Map<String, String>> texts) {

    static final String[] TEXT_FIELDS = {"title", "body", "demands", "consent", "thanks"};

    static LetterForm empty(String language) {
        return new LetterForm("", "", "", "both", false, false, language, Map.of());
    }

    static LetterForm of(SignonLetter l, ZoneId zone) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        l.texts().forEach((language, t) -> texts.put(language, Map.of("title", t.title(), "body", t.body(),
                "demands", t.demands(), "consent", t.consent(), "thanks", t.thanks())));
        String deadline = l.deadline() == null ? ""
                : LocalDateTime.ofInstant(l.deadline(), zone).truncatedTo(ChronoUnit.MINUTES).toString();
        return new LetterForm(l.slug(), l.addressee(), deadline, l.signers().wire(), l.moderated(), l.groupByScope(),
                l.defaultLanguage(), texts);
    }

    static LetterForm from(MultiValueMap<String, String> in) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : LetterLimits.LANGUAGES) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String f : TEXT_FIELDS) {
                fields.put(f, one(in, f + "_" + language));
            }
            texts.put(language, fields);
        }
        return new LetterForm(one(in, "slug"), one(in, "addressee"), one(in, "deadline"), one(in, "signers"),
                "yes".equals(in.getFirst("moderated")), "yes".equals(in.getFirst("group_by_scope")),
                one(in, "default_language"), texts);
    }

    public String text(String language, String field) {
        return texts.getOrDefault(language, Map.of()).getOrDefault(field, "");
    }

    /** Problems the letter's own check cannot see: a deadline that is not a date, a slug not yet typed. */
    Map<String, LetterLimits.Problem> formProblems(ZoneId zone) {
        Map<String, LetterLimits.Problem> problems = new LinkedHashMap<>();
        if (deadline(zone) == null && !deadline.isBlank()) {
            problems.put("deadline", new LetterLimits.Problem("deadline", 0));
        }
        if (SignonLetter.Signers.parse(signers).isEmpty()) {
            problems.put("signers", new LetterLimits.Problem("required", 0));
        }
        return problems;
    }

    SignonLetter toLetter(SignonLetter old, ZoneId zone) {
        Map<String, LetterText> letterTexts = new LinkedHashMap<>();
        for (String language : LetterLimits.LANGUAGES) {
            if (!text(language, "title").isBlank() || !text(language, "body").isBlank()) {
                letterTexts.put(language, new LetterText(language, text(language, "title"), text(language, "body"),
                        text(language, "demands"), text(language, "consent"), text(language, "thanks")));
            }
        }
        String language = LetterLimits.LANGUAGES.contains(defaultLanguage) ? defaultLanguage : "en";
        String title = text(language, "title");
        String s = slug.isBlank() ? PetitionLimits.slugOf(title.isBlank() ? "letter" : title) : slug.strip();
        SignonLetter.Signers who = SignonLetter.Signers.parse(signers).orElse(SignonLetter.Signers.BOTH);
        return old == null
                ? new SignonLetter(null, null, s, LetterStatus.DRAFT, LetterLimits.clean(addressee), deadline(zone),
                        who, moderated, groupByScope, language, letterTexts, null, null)
                : new SignonLetter(old.id(), old.workspaceId(), s, old.status(), LetterLimits.clean(addressee),
                        deadline(zone), who, moderated, groupByScope, language, letterTexts, old.createdAt(),
                        old.modifiedAt());
    }

    private Instant deadline(ZoneId zone) {
        if (deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(deadline.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
