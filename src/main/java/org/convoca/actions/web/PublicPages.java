package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the public petition pages, whole or embedded, in the petition's language rather than the staff
 * pages' one, and answers a signing attempt with the page or the status that fits its outcome.
 */
@Component
class PublicPages implements SigningPages {

    private final PublicPetitions petitions;
    private final PublicSigning signing;
    private final MessageSource messages;

    PublicPages(PublicPetitions petitions, PublicSigning signing, MessageSource messages) {
        this.petitions = petitions;
        this.signing = signing;
        this.messages = messages;
    }

    @Override
    public String page(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, reader);
        return form(model, petitions.view(f, language, embed, !embed, request), SignForm.empty(), Map.of(), null);
    }

    @Override
    public String sign(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, reader);
        PublicSigning.Outcome outcome = signing.sign(f, language, request, embed);
        if (outcome.kind() == PublicSigning.Kind.SIGNED) {
            return PublicActionPages.thanks("/" + f.workspace().slug() + "/petitions/" + f.petition().slug(), embed,
                    language);
        }
        PetitionView view = petitions.view(f, language, embed, !embed, request);
        if (outcome.kind() == PublicSigning.Kind.LIMITED) {
            PublicActionPages.refuse(response, 429);
            model.addAttribute("ui", ui(language, view.path()));
            model.addAttribute("view", view);
            return "actions/limited";
        }
        PublicActionPages.refuse(response, switch (outcome.kind()) {
            case INVALID -> 422;
            case TOO_LARGE -> 413;
            default -> HttpServletResponse.SC_CONFLICT;
        });
        return form(model, view, outcome.form(), outcome.problems(),
                PublicActionPages.notice("actions.sign.", outcome.kind()));
    }

    @Override
    public String thanks(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, Model model) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, reader);
        PetitionView view = petitions.view(f, language, embed, false, request);
        model.addAttribute("ui", ui(language, view.path()));
        model.addAttribute("view", view);
        return "actions/thanks";
    }

    String counter(String workspace, String slug, String lang, Locale reader, HttpServletRequest request,
            Model model) {
        PublicPetitions.Found f = petitions.find(workspace, slug);
        String language = PublicPetitions.language(f.petition(), lang, reader);
        PetitionView view = petitions.view(f, language, false, false, request);
        model.addAttribute("ui", ui(language, view.path()));
        model.addAttribute("view", view);
        return "actions/counter";
    }

    private String form(Model model, PetitionView view, SignForm form, Map<String, String> problems, String notice) {
        model.addAttribute("ui", ui(view.language(), view.path()));
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "actions/petition";
    }

    private Ui ui(String language, String path) {
        return PublicActionPages.ui(messages, language, path);
    }
}
