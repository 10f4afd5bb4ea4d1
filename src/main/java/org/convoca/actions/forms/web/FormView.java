package org.convoca.actions.forms.web;

import java.util.List;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.PublicView;
import org.convoca.actions.web.ShareLinks;

/** Everything a public form page shows, in one language; {@code path} is like {@code /unidos/forms/survey}. */
public record FormView(String workspaceName, Form form, FormText text, String language, List<String> languages,
        String bodyHtml, String thanksHtml, String consent, List<AskedQuestion> questions, String path, String url,
        String seen, boolean embed, List<OptInBox> optIns) implements PublicView {

    /** A question as the form shows it: its field name, its words in the page's language. */
    public record AskedQuestion(String field, String kind, boolean required, String label, List<String> choices,
            int maxLength) {
    }

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
