package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormQuestions;
import org.convoca.actions.forms.InvalidFormException;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.Submissions;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** One form's staff page: its state, where it lives and how to embed it, its questions, its confirmation email. */
@Controller
class FormController {

    private final StaffForms context;
    private final FormQuestions questions;
    private final Submissions submissions;
    private final Autoresponses autoresponses;
    private final ActionCoSponsors coSponsors;
    private final AuditLog audit;

    FormController(StaffForms context, FormQuestions questions, Submissions submissions, Autoresponses autoresponses,
            ActionCoSponsors coSponsors, AuditLog audit) {
        this.coSponsors = coSponsors;
        this.context = context;
        this.questions = questions;
        this.submissions = submissions;
        this.autoresponses = autoresponses;
        this.audit = audit;
    }

    @GetMapping("/admin/forms/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale,
            HttpServletRequest request) {
        return page(staff, context.find(staff, id), QuestionForm.empty(), Map.of(), model, locale, request);
    }

    @PostMapping("/admin/forms/{id}/questions")
    @PreAuthorize("hasRole('ORGANIZER')")
    String addQuestion(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Form f = context.find(staff, id);
        QuestionForm typed = QuestionForm.from(input);
        Question q = typed.toQuestion();
        try {
            if (q == null) {
                throw new InvalidFormException(Map.of("kind", new PetitionLimits.Problem("kind", 0)));
            }
            Question saved = questions.add(f, q);
            audit.record(staff, "forms.question.add", "Question " + saved.id() + " on \"" + f.title() + "\" ("
                    + f.id() + ")");
            return "redirect:/admin/forms/" + id + "#questions";
        } catch (InvalidFormException e) {
            response.setStatus(422);
            return page(staff, f, typed, context.words(e.problems(), locale), model, locale, request);
        }
    }

    @PostMapping("/admin/forms/{id}/questions/{questionId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String removeQuestion(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID questionId) {
        Form f = context.find(staff, id);
        if (questions.remove(f, questionId)) {
            audit.record(staff, "forms.question.remove", "Question " + questionId + " and its answers removed from \""
                    + f.title() + "\" (" + f.id() + ")");
        }
        return "redirect:/admin/forms/" + id + "#questions";
    }

    @PostMapping("/admin/forms/{id}/questions/{questionId}/up")
    @PreAuthorize("hasRole('ORGANIZER')")
    String moveUp(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID questionId) {
        questions.moveUp(context.find(staff, id), questionId);
        return "redirect:/admin/forms/" + id + "#questions";
    }

    private String page(Staff staff, Form f, QuestionForm question, Map<String, String> problems, Model model,
            Locale locale, HttpServletRequest request) {
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String path = "/" + staff.workspaceSlug() + "/forms/" + f.slug();
        model.addAttribute("f", f);
        model.addAttribute("count", submissions.count(staff.workspaceId(), Submissions.Scope.form(f.id())));
        model.addAttribute("publicUrl", origin + path);
        model.addAttribute("embedCode", "<script src=\"" + origin + path + "/embed.js\" async></script>\n"
                + "<noscript><iframe src=\"" + origin + path + "/embed\" title=\"" + HtmlUtils.htmlEscape(f.title())
                + "\" style=\"width:100%;max-width:40rem;height:56rem;border:0\"></iframe></noscript>");
        model.addAttribute("question", question);
        model.addAttribute("problems", problems);
        model.addAttribute("confirmation", autoresponses.find(staff.workspaceId(), f.id()).enabled());
        model.addAttribute("coSponsors", coSponsors.of(staff.workspaceId(), f.id()));
        model.addAttribute("dates", context.dates(staff, locale));
        return "forms/show";
    }
}
