package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.convoca.workspace.Staff;
import org.convoca.workspace.security.StaffAuthentications;
import org.convoca.workspace.staff.InvitationAcceptance;
import org.convoca.workspace.staff.NewcomerForm;
import org.convoca.workspace.staff.StaffRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Where an invitation link leads: a newcomer sets a name and password, an existing account joins after signing in. */
@Controller
class InvitationController {

    private final InvitationAcceptance acceptance;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    InvitationController(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, @AuthenticationPrincipal Staff staff, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var offer = acceptance.offer(token).orElse(null);
        if (offer == null) {
            return gone(model, response, "staff.invitation.gone", 410);
        }
        if (offer.accountExists() && staff == null) {
            // Sign-in comes back here afterwards.
            requestCache.saveRequest(request, response);
        }
        return page(model, token, offer, staff, new NewcomerForm("", ""), Map.of());
    }

    @PostMapping("/invitations/{token}")
    String acceptAsNewcomer(@PathVariable String token, @ModelAttribute NewcomerForm form,
            @AuthenticationPrincipal Staff staff, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var offer = acceptance.offer(token).orElse(null);
        if (offer == null) {
            return gone(model, response, "staff.invitation.gone", 410);
        }
        var errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return page(model, token, offer, staff, form, errors);
        }
        try {
            Staff joined = acceptance.acceptAsNewcomer(token, form, locale.getLanguage());
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            StaffAuthentications.signIn(joined, request, response);
            return "redirect:/admin";
        } catch (StaffRuleException e) {
            return gone(model, response, e.messageKey(), e.status());
        }
    }

    @PostMapping("/invitations/{token}/join")
    String join(@PathVariable String token, @AuthenticationPrincipal Staff staff, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (staff == null) {
            return "redirect:/invitations/" + (token.length() > 100 ? "" : token);
        }
        try {
            StaffAuthentications.signIn(acceptance.acceptAs(token, staff), request, response);
            return "redirect:/admin";
        } catch (StaffRuleException e) {
            return gone(model, response, e.messageKey(), e.status());
        }
    }

    private static String page(Model model, String token, InvitationAcceptance.Offer offer, Staff staff,
            NewcomerForm form, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("offer", offer);
        model.addAttribute("signedInAs", staff == null ? null : staff.email());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workspace/invitation";
    }

    private static String gone(Model model, HttpServletResponse response, String messageKey, int status) {
        response.setStatus(status);
        model.addAttribute("message", messageKey);
        return "workspace/link-gone";
    }
}
