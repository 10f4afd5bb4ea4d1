package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionText;
import org.convoca.actions.web.Markdown;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.actions.web.SeenTexts;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the public form page and the embedded one share: finding the form, its language, and its view. */
@Component
class PublicForms {

    /** A published form and the workspace it belongs to. */
    record Found(Workspace workspace, Form form) {
    }

    private final Workspaces workspaces;
    private final Forms forms;
    private final MessageSource messages;
    private final OptInBoxes boxes;

    PublicForms(Workspaces workspaces, Forms forms, MessageSource messages, OptInBoxes boxes) {
        this.boxes = boxes;
        this.workspaces = workspaces;
        this.forms = forms;
        this.messages = messages;
    }

    /** The form, if it exists and is published; drafts and other workspaces' forms are simply not here. */
    Found find(String workspaceSlug, String slug) {
        return workspaces.findBySlug(workspaceSlug)
                .flatMap(w -> forms.findBySlug(w.id(), slug).filter(Form::isPublic).map(f -> new Found(w, f)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The language asked for in the address, else the reader's, if the form has it; else its default. */
    static String language(Form form, String asked, Locale reader) {
        if (asked != null && form.texts().containsKey(asked)) {
            return asked;
        }
        return form.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : form.defaultLanguage();
    }

    FormView view(Found f, String language, boolean embed, HttpServletRequest request) {
        Form form = f.form();
        FormText text = form.text(language);
        String consent = consent(f, language);
        List<FormView.AskedQuestion> asked = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Question q : form.questions()) {
            QuestionText t = q.text(language, form.defaultLanguage());
            List<String> choices = t.choices().size() == q.text(form.defaultLanguage(), form.defaultLanguage())
                    .choices().size() ? t.choices() : q.text(form.defaultLanguage(), form.defaultLanguage()).choices();
            asked.add(new FormView.AskedQuestion(q.field(), q.kind().wire(), q.required(), t.label(), choices,
                    q.kind().maxLength()));
            shown.add(q.field() + " " + q.kind().wire() + " " + q.required() + " " + t.label());
            shown.addAll(choices);
        }
        List<OptInBox> optIns = boxes.of(f.workspace().id(), form.id(), language);
        shown.addAll(OptInBoxes.shown(optIns));
        String path = "/" + f.workspace().slug() + "/forms/" + form.slug();
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        return new FormView(f.workspace().name(), form, text, language, form.languages(), Markdown.html(text.body()),
                Markdown.html(text.thanks()), consent, asked, path, url, SeenTexts.of(consent, shown), embed, optIns);
    }

    /** The consent text the form shows: the form's own, or the standard one naming the workspace. */
    String consent(Found f, String language) {
        String own = f.form().text(language).consent();
        return own.isEmpty() ? messages.getMessage("forms.consent.default", new Object[] {f.workspace().name()},
                Locale.forLanguageTag(language)) : own;
    }
}
