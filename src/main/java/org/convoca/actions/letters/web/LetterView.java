package org.convoca.actions.letters.web;

import java.util.List;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.letters.Target;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.PublicView;
import org.convoca.actions.web.ShareLinks;

/**
 * Everything a public letter page shows, in one language: the campaign, whom a letter from the given place goes to
 * ({@code targets}), and whether the writer must first say where they live ({@code needsPlace}).
 */
public record LetterView(String workspaceName, LetterCampaign campaign, LetterText text, String language,
        List<String> languages, String bodyHtml, String thanksHtml, String consent, List<Target> targets,
        boolean needsPlace, String path, String url, String seen, boolean embed, List<OptInBox> optIns)
        implements PublicView {

    @Override
    public String in(String lang) {
        return path + (embed ? "/embed" : "") + "?lang=" + lang;
    }

    public String formAction() {
        return path + (embed ? "/embed" : "") + "?lang=" + language;
    }

    public ShareLinks share() {
        return ShareLinks.of(url, text.title(), List.of());
    }
}
