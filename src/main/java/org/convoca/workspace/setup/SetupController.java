package org.convoca.workspace.setup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convoca.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The first visit: with no workspace yet, anyone reaching the site creates the organization and its owner.
 * Once a workspace exists the setup page is gone, and the site leads to sign-in.
 */
@Controller
class SetupController {

    private final Workspaces workspaces;
    private final Setup setup;

    SetupController(Workspaces workspaces, Setup setup) {
        this.workspaces = workspaces;
        this.setup = setup;
    }

    @GetMapping("/")
    String home() {
        return workspaces.any() ? "redirect:/admin" : "redirect:/setup";
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (workspaces.any()) {
            return "redirect:/signin";
        }
        model.addAttribute("form", SetupForm.empty());
        model.addAttribute("errors", java.util.Map.of());
        return "workspace/setup";
    }

    @PostMapping("/setup")
    String create(@ModelAttribute SetupForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (workspaces.any()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This Convoca is already set up.");
        }
        var errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "workspace/setup";
        }
        setup.create(form, request, response);
        return "redirect:/admin";
    }
}
