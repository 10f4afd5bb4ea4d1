package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;

/**
 * What the public pages of every kind of action (petitions, forms, letter campaigns, sign-on letters) do alike:
 * speak the action's language to a reader with no session, tell the embedded page from the whole one, and answer an
 * attempt to take part the same way.
 */
public final class PublicActionPages {

    private PublicActionPages() {
    }

    /** Public pages carry no session, so no CSRF token and no one signed in; only the texts and the language. */
    public static Ui ui(MessageSource messages, String language, String path) {
        return new Ui(messages, Locale.forLanguageTag(language), "_csrf", "X-CSRF-TOKEN", "", null, path);
    }

    /** Whether the request is for the framable twin of a page, which one mapping serves with the whole page. */
    public static boolean embedded(HttpServletRequest request) {
        // "", workspace, kind, slug, then "embed": an action whose slug is itself "embed" is not embedded.
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 4 && parts[4].equals("embed");
    }

    /** After taking part, to the thank-you page of the action at {@code path}, embedded if the form was. */
    public static String thanks(String path, boolean embed, String language) {
        return "redirect:" + path + (embed ? "/embed" : "") + "/thanks?lang=" + language;
    }

    /** Answers a refused attempt with {@code status}; one refused for going too fast says when to try again. */
    public static void refuse(HttpServletResponse response, int status) {
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        }
        response.setStatus(status);
    }

    /** The message key that tells the reader an outcome, such as {@code forms.submit.too-large}. */
    public static String notice(String prefix, Enum<?> outcome) {
        return prefix + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
