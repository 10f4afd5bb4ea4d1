package org.convoca.actions.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionText;
import org.convoca.actions.PublicSigner;

/**
 * Everything a public petition page shows, in one language. {@code path} is the page's own path, such as
 * {@code /unidos/petitions/daca-now}; {@code url} the same, absolute, for sharing.
 */
public record PetitionView(String workspaceName, Petition petition, PetitionText text, String language,
        List<String> languages, long count, String bodyHtml, String thanksHtml, String consent, List<OptInBox> optIns,
        List<PublicSigner> signers, String path, String url, String seen, boolean embed) implements PublicView {

    /** How far along the goal is, 0 to 100; no goal shows no bar. */
    public int percent() {
        return petition.goal() <= 0 ? 0 : (int) Math.min(100, count * 100 / petition.goal());
    }

    public String countText() {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(count);
    }

    public String goalText() {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(petition.goal());
    }

    /** Each language named in itself, as a language switch shows it. */
    public static String languageName(String language) {
        Locale l = Locale.forLanguageTag(language);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The page's path in another language, or in this one. */
    @Override
    public String in(String lang) {
        return path + (embed ? "/embed" : "") + "?lang=" + lang;
    }

    public String formAction() {
        return path + (embed ? "/embed" : "") + "?lang=" + language;
    }

    public ShareLinks share() {
        return ShareLinks.of(url, text.title(), petition.hashtagList());
    }
}
