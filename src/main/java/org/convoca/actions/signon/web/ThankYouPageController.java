package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.ThankYouPage;
import org.convoca.actions.signon.ThankYouPages;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A letter's thank-you page additions: the hashtags its share links carry and a suggested next action. */
@Controller
class ThankYouPageController {

    /** Far more than a valid field holds; a longer one is cut before it is checked (and then refused). */
    private static final int MAX_TYPED = 2_000;

    private final StaffSignOnLetters context;
    private final ThankYouPages pages;
    private final MessageSource messages;
    private final AuditLog audit;

    ThankYouPageController(StaffSignOnLetters context, ThankYouPages pages, MessageSource messages, AuditLog audit) {
        this.context = context;
        this.pages = pages;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/admin/sign-on/{id}/thank-you")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        SignonLetter l = context.find(staff, id);
        return page(model, l, pages.find(staff.workspaceId(), l.id()), Map.of());
    }

    @PostMapping("/admin/sign-on/{id}/thank-you")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String hashtags,
            @RequestParam(name = "next_action_url", defaultValue = "") String nextActionUrl, Model model,
            Locale locale, HttpServletResponse response) {
        SignonLetter l = context.find(staff, id);
        ThankYouPage typed = new ThankYouPage(cut(hashtags), cut(nextActionUrl));
        if (!typed.problems().isEmpty()) {
            Map<String, String> words = new LinkedHashMap<>();
            typed.problems().forEach((field, key) -> words.put(field,
                    messages.getMessage("actions.error." + key, null, key, locale)));
            response.setStatus(422);
            return page(model, l, typed, words);
        }
        pages.save(staff.workspaceId(), l.id(), typed);
        audit.record(staff, "signon.thank-you", "Thank-you page of \"" + l.title() + "\" (" + l.id() + ")");
        return "redirect:/admin/sign-on/" + id + "?saved=thank-you";
    }

    private static String cut(String s) {
        return s.length() > MAX_TYPED ? s.substring(0, MAX_TYPED) : s;
    }

    private String page(Model model, SignonLetter l, ThankYouPage typed, Map<String, String> problems) {
        model.addAttribute("letter", l);
        model.addAttribute("page", typed);
        model.addAttribute("problems", problems);
        return "signon/thank-you";
    }
}
