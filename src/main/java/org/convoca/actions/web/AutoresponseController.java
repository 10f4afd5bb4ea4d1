package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.Petition;
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

/** A petition's confirmation email, turned on or off and worded per language by its organizers. */
@Controller
class AutoresponseController {

    private final StaffPetitions context;
    private final AutoresponsePages pages;

    AutoresponseController(StaffPetitions context, AutoresponsePages pages) {
        this.context = context;
        this.pages = pages;
    }

    @GetMapping("/admin/petitions/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        return pages.edit(action(staff, id), model);
    }

    @PostMapping("/admin/petitions/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, action(staff, id), input, model, locale, response);
    }

    private AutoresponsePages.Action action(Staff staff, UUID id) {
        Petition a = context.find(staff, id);
        return new AutoresponsePages.Action(staff.workspaceId(), a.id(), a.title(), "/admin/petitions/" + a.id(), "petitions");
    }
}
