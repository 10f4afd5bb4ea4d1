package org.convoca.workspace.web;

import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts. */
@Controller
class SignInController {

    private final Workspaces workspaces;

    SignInController(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/signin")
    String signIn() {
        return workspaces.any() ? "workspace/signin" : "redirect:/setup";
    }
}
