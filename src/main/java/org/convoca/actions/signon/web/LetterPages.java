package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.signon.ThankYouPage;
import org.convoca.actions.signon.ThankYouPages;
import org.convoca.actions.web.PublicActionPages;
import org.convoca.actions.web.ShareLinks;
import org.convoca.actions.web.SigningPages;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the public letter pages, whole or embedded, in the letter's language rather than the staff pages' one,
 * and answers a signing attempt with the page or the status that fits its outcome.
 */
@Component
class LetterPages implements SigningPages {

    private final PublicSignOnLetters letters;
    private final PublicLetterSigning signing;
    private final MessageSource messages;
    private final ThankYouPages thankYouPages;

    LetterPages(PublicSignOnLetters letters, PublicLetterSigning signing, MessageSource messages,
            ThankYouPages thankYouPages) {
        this.thankYouPages = thankYouPages;
        this.letters = letters;
        this.signing = signing;
        this.messages = messages;
    }

    @Override
    public String page(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        String language = PublicSignOnLetters.language(f.letter(), lang, reader);
        String kind = f.letter().signers().organizations() ? "organization" : "individual";
        return form(model, letters.view(f, language, embed, request), LetterSignForm.empty(kind), Map.of(), null);
    }

    @Override
    public String sign(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        String language = PublicSignOnLetters.language(f.letter(), lang, reader);
        PublicLetterSigning.Outcome outcome = signing.sign(f, language, request, embed);
        if (outcome.kind() == PublicLetterSigning.Kind.SIGNED) {
            return PublicActionPages.thanks("/" + f.workspace().slug() + "/sign-on/" + f.letter().slug(), embed,
                    language);
        }
        PublicActionPages.refuse(response, switch (outcome.kind()) {
            case INVALID -> 422;
            case TOO_LARGE -> 413;
            case LIMITED -> 429;
            default -> HttpServletResponse.SC_CONFLICT;
        });
        return form(model, letters.view(f, language, embed, request), outcome.form(), outcome.problems(),
                PublicActionPages.notice("signon.sign.", outcome.kind()));
    }

    @Override
    public String thanks(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        String language = PublicSignOnLetters.language(f.letter(), lang, reader);
        LetterView view = letters.view(f, language, embed, request);
        ThankYouPage after = thankYouPages.find(f.workspace().id(), f.letter().id());
        model.addAttribute("ui", ui(language));
        model.addAttribute("view", view);
        model.addAttribute("after", after);
        model.addAttribute("share", ShareLinks.of(view.url(), view.text().title(), after.hashtagList()));
        return "signon/thanks";
    }

    String signatories(String workspace, String slug, String lang, Locale reader, HttpServletRequest request,
            Model model) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        String language = PublicSignOnLetters.language(f.letter(), lang, reader);
        model.addAttribute("ui", ui(language));
        model.addAttribute("view", letters.view(f, language, false, request));
        return "signon/signatories";
    }

    private String form(Model model, LetterView view, LetterSignForm form, Map<String, String> problems,
            String notice) {
        model.addAttribute("ui", ui(view.language()));
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "signon/letter";
    }

    private Ui ui(String language) {
        return PublicActionPages.ui(messages, language, "");
    }
}
