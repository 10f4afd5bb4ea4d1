package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.convoca.workspace.staff.Emails;
import org.convoca.workspace.staff.NewcomerForm;
import org.convoca.workspace.staff.PasswordResets;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Asking for a password reset link, and choosing a new password with one. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        return request(model, "", null, false);
    }

    @PostMapping("/password-reset")
    String ask(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String normalized = StaffAccounts.normalizeEmail(email);
        if (!Emails.isPlausible(normalized)) {
            response.setStatus(422);
            return request(model, email.length() > 320 ? "" : email, "setup.error.email", false);
        }
        if (!resets.request(normalized, request.getRemoteAddr())) {
            response.setStatus(429);
            return request(model, normalized, "reset.error.too-many", false);
        }
        return request(model, normalized, null, true);
    }

    @GetMapping("/password-reset/{token}")
    String choose(@PathVariable String token, Model model, HttpServletResponse response) {
        if (resets.accountFor(token).isEmpty()) {
            return expired(model, response);
        }
        return choice(model, token, null);
    }

    @PostMapping("/password-reset/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (resets.accountFor(token).isEmpty()) {
            return expired(model, response);
        }
        if (!NewcomerForm.isAcceptablePassword(password)) {
            response.setStatus(422);
            return choice(model, token, "setup.error.password");
        }
        HttpSession session = request.getSession(false);
        if (!resets.reset(token, password, session == null ? null : session.getId(), request.getRemoteAddr())) {
            return expired(model, response);
        }
        return "redirect:/signin?reset";
    }

    private static String request(Model model, String email, String error, boolean sent) {
        model.addAttribute("email", email);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "workspace/password-reset-request";
    }

    private static String choice(Model model, String token, String error) {
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        return "workspace/password-reset";
    }

    private static String expired(Model model, HttpServletResponse response) {
        response.setStatus(410);
        model.addAttribute("message", "reset.gone");
        return "workspace/link-gone";
    }
}
