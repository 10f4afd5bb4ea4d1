package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.web.AutoresponsePages;
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

/** A sign-on letter's confirmation email, the same page and rules as a petition's. */
@Controller
class LetterAutoresponseController {

    private final StaffSignOnLetters context;
    private final AutoresponsePages pages;

    LetterAutoresponseController(StaffSignOnLetters context, AutoresponsePages pages) {
        this.context = context;
        this.pages = pages;
    }

    @GetMapping("/admin/sign-on/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        return pages.edit(action(staff, id), model);
    }

    @PostMapping("/admin/sign-on/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, action(staff, id), input, model, locale, response);
    }

    private AutoresponsePages.Action action(Staff staff, UUID id) {
        SignonLetter a = context.find(staff, id);
        return new AutoresponsePages.Action(staff.workspaceId(), a.id(), a.title(), "/admin/sign-on/" + a.id(), "signon");
    }
}
