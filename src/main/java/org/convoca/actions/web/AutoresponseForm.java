package org.convoca.actions.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.Autoresponse;
import org.convoca.actions.AutoresponseText;
import org.convoca.actions.PetitionLimits;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/** The staff form of an action's confirmation email, as typed, one subject and body per language. */
public record AutoresponseForm(boolean enabled, Map<String, AutoresponseText> texts) {

    public static AutoresponseForm of(Autoresponse a) {
        Map<String, AutoresponseText> texts = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> texts.put(l, a.texts().getOrDefault(l, new AutoresponseText(l, "", ""))));
        return new AutoresponseForm(a.enabled(), texts);
    }

    public static AutoresponseForm from(MultiValueMap<String, String> in) {
        Map<String, AutoresponseText> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            texts.put(l, new AutoresponseText(l, one(in, "subject_" + l), one(in, "body_" + l)));
        }
        return new AutoresponseForm("yes".equals(in.getFirst("enabled")), texts);
    }

    public AutoresponseText text(String language) {
        return texts.get(language);
    }

    public Autoresponse toAutoresponse() {
        return new Autoresponse(enabled, texts);
    }

    /** Problems in the reader's language, keyed by field. */
    public static Map<String, String> words(Map<String, PetitionLimits.Problem> problems, MessageSource messages,
            Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field, messages.getMessage("actions.error." + p.key(),
                new Object[] {p.limit()}, p.key(), locale)));
        return words;
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
