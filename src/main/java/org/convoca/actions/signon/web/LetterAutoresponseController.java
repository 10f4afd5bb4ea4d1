package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.web.AutoresponseForm;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A sign-on letter's confirmation email, the same page and rules as a petition's. */
@Controller
class LetterAutoresponseController {

    private final StaffSignOnLetters context;
    private final Autoresponses autoresponses;
    private final MessageSource messages;
    private final AuditLog audit;

    LetterAutoresponseController(StaffSignOnLetters context, Autoresponses autoresponses, MessageSource messages,
            AuditLog audit) {
        this.context = context;
        this.autoresponses = autoresponses;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/admin/sign-on/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        SignonLetter l = context.find(staff, id);
        return page(model, l, AutoresponseForm.of(autoresponses.find(staff.workspaceId(), l.id())), Map.of());
    }

    @PostMapping("/admin/sign-on/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        SignonLetter l = context.find(staff, id);
        AutoresponseForm typed = AutoresponseForm.from(input);
        try {
            autoresponses.save(staff.workspaceId(), l.id(), typed.toAutoresponse());
        } catch (InvalidPetitionException e) {
            response.setStatus(422);
            return page(model, l, typed, AutoresponseForm.words(e.problems(), messages, locale));
        }
        audit.record(staff, "signon.autoresponse", "Confirmation email " + (typed.enabled() ? "on" : "off")
                + " for \"" + l.title() + "\" (" + l.id() + ")");
        return "redirect:/admin/sign-on/" + id + "?saved=autoresponse";
    }

    private String page(Model model, SignonLetter l, AutoresponseForm typed, Map<String, String> problems) {
        model.addAttribute("title", l.title());
        model.addAttribute("back", "/admin/sign-on/" + l.id());
        model.addAttribute("form", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("sent", autoresponses.sent(l.workspaceId(), l.id()));
        return "actions/autoresponse";
    }
}
