package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.web.EmbedScript;
import org.convoca.actions.web.PublicActionPages;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public form at {@code /{workspace}/forms/{slug}} and its embedded twin at {@code .../embed}, which other sites
 * may frame (the public pages' security rule says so), with {@code embed.js} to place it by a script tag.
 */
@Controller
@RequestMapping(FormPageController.PATH)
class FormPageController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/forms/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicForms forms;
    private final PublicSubmitting submitting;
    private final MessageSource messages;
    private final JsonMapper json;

    FormPageController(PublicForms forms, PublicSubmitting submitting, MessageSource messages, JsonMapper json) {
        this.forms = forms;
        this.submitting = submitting;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping({"", "/embed"})
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        FormView view = view(workspace, slug, lang, locale, request);
        return page(model, view, FormEntry.empty(), Map.of(), null);
    }

    @PostMapping({"", "/embed"})
    String submit(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PublicForms.Found f = forms.find(workspace, slug);
        FormView view = forms.view(f, PublicForms.language(f.form(), lang, locale),
                PublicActionPages.embedded(request), request);
        PublicSubmitting.Outcome outcome = submitting.submit(f, view, request);
        if (outcome.kind() == PublicSubmitting.Kind.SUBMITTED) {
            return PublicActionPages.thanks(view.path(), view.embed(), view.language());
        }
        PublicActionPages.refuse(response, switch (outcome.kind()) {
            case LIMITED -> 429;
            case INVALID -> 422;
            case TOO_LARGE -> 413;
            default -> HttpServletResponse.SC_CONFLICT;
        });
        return page(model, view, outcome.entry(), outcome.problems(),
                PublicActionPages.notice("forms.submit.", outcome.kind()));
    }

    @GetMapping({"/thanks", "/embed/thanks"})
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        FormView view = view(workspace, slug, lang, locale, request);
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        return "forms/thanks";
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicForms.Found f = forms.find(workspace, slug);
        String language = PublicForms.language(f.form(), lang, locale);
        return EmbedScript.answer(json, request, "/" + f.workspace().slug() + "/forms/" + f.form().slug(), language,
                f.form().text(language).title());
    }

    private FormView view(String workspace, String slug, String lang, Locale locale, HttpServletRequest request) {
        PublicForms.Found f = forms.find(workspace, slug);
        return forms.view(f, PublicForms.language(f.form(), lang, locale), PublicActionPages.embedded(request),
                request);
    }

    private String page(Model model, FormView view, FormEntry entry, Map<String, String> problems, String notice) {
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        model.addAttribute("entry", entry);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "forms/public";
    }

    private Ui ui(FormView view) {
        return PublicActionPages.ui(messages, view.language(), view.path());
    }
}
