package org.convoca.actions.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.convoca.actions.PetitionLimits;
import org.springframework.util.MultiValueMap;

/**
 * What the staff edit forms of petitions, forms and letter campaigns do alike with the texts typed for an action:
 * one set per language it can be written in, fields named like {@code title_en}, and on saving the languages left
 * entirely empty dropped, so that signers are not offered them.
 */
public final class TypedTexts {

    /**
     * The texts worth saving and what follows from them.
     *
     * @param texts    those of the languages with any text
     * @param language the action's language: the default typed if it has texts (or none has), else the first that has
     * @param title    the action's title in that language, empty when it has no texts
     */
    public record Used<T>(Map<String, T> texts, String language, String title) {

        /** A slug made of the title; {@code kind} where the title makes none, such as {@code form}. */
        public String slug(String kind) {
            String slug = PetitionLimits.slugOf(title);
            return slug.equals("petition") ? kind : slug;
        }
    }

    private TypedTexts() {
    }

    /** A blank set of texts for every language, with the action's own on top. */
    public static <T> Map<String, T> everyLanguage(Map<String, T> own, Function<String, T> blank) {
        Map<String, T> texts = new LinkedHashMap<>();
        PetitionLimits.LANGUAGES.forEach(l -> texts.put(l, blank.apply(l)));
        texts.putAll(own);
        return texts;
    }

    /**
     * The texts typed for every language.
     *
     * @param text makes one language's texts of that language and its fields by name, such as {@code title}
     */
    public static <T> Map<String, T> from(MultiValueMap<String, String> in,
            BiFunction<String, UnaryOperator<String>, T> text) {
        Map<String, T> texts = new LinkedHashMap<>();
        for (String l : PetitionLimits.LANGUAGES) {
            texts.put(l, text.apply(l, field -> one(in, field + "_" + l)));
        }
        return texts;
    }

    /** The default language typed; English for one actions cannot be written in. */
    public static String defaultLanguage(MultiValueMap<String, String> in) {
        String language = one(in, "default_language");
        return PetitionLimits.LANGUAGES.contains(language) ? language : "en";
    }

    public static <T> Used<T> used(Map<String, T> typed, String defaultLanguage, Predicate<T> isEmpty,
            Function<T, String> title) {
        Map<String, T> used = new LinkedHashMap<>();
        typed.forEach((l, t) -> {
            if (!isEmpty.test(t)) {
                used.put(l, t);
            }
        });
        String language = used.containsKey(defaultLanguage) || used.isEmpty() ? defaultLanguage
                : used.keySet().iterator().next();
        return new Used<>(used, language, used.isEmpty() ? "" : title.apply(used.get(language)));
    }

    /** A field as typed; empty when it was not sent. */
    public static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
