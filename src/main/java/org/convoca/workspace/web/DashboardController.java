package org.convoca.workspace.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page. */
@Controller
class DashboardController {

    @GetMapping("/admin")
    String dashboard() {
        return "workspace/dashboard";
    }
}
