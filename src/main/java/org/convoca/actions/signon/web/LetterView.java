package org.convoca.actions.signon.web;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.signon.LetterText;
import org.convoca.actions.signon.Signatory;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.PublicView;
import org.convoca.actions.web.ShareLinks;

/**
 * Everything a public letter page shows, in one language. {@code path} is the page's own path, such as
 * {@code /unidos/sign-on/stop-raids}; {@code url} the same, absolute, for sharing.
 */
public record LetterView(String workspaceName, SignonLetter letter, LetterText text, String language,
        List<String> languages, String bodyHtml, String thanksHtml, String consent, List<OptInBox> optIns,
        List<Signatory> signatories,
        boolean open, String deadline, String path, String url, String seen, boolean embed, boolean hasImage)
        implements PublicView {

    public static final List<String> SCOPES = List.of("national", "state", "local");

    public long count() {
        return signatories.size();
    }

    public String countText() {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(signatories.size());
    }

    public List<Signatory> organizations() {
        return signatories.stream().filter(Signatory::organization).toList();
    }

    public List<Signatory> individuals() {
        return signatories.stream().filter(s -> !s.organization()).toList();
    }

    /** The organizations by scope, national first, each group in public order; empty groups left out. */
    public Map<String, List<Signatory>> byScope() {
        Map<String, List<Signatory>> groups = new LinkedHashMap<>();
        for (String scope : SCOPES) {
            List<Signatory> in = organizations().stream().filter(s -> s.scope().equals(scope)).toList();
            if (!in.isEmpty()) {
                groups.put(scope, in);
            }
        }
        return groups;
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
