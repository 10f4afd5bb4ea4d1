package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.actions.Petition;
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

/** A petition's confirmation email, turned on or off and worded per language by its organizers. */
@Controller
class AutoresponseController {

    private final StaffPetitions context;
    private final Autoresponses autoresponses;
    private final MessageSource messages;
    private final AuditLog audit;

    AutoresponseController(StaffPetitions context, Autoresponses autoresponses, MessageSource messages,
            AuditLog audit) {
        this.context = context;
        this.autoresponses = autoresponses;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/admin/petitions/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Petition p = context.find(staff, id);
        return page(model, p, AutoresponseForm.of(autoresponses.find(staff.workspaceId(), p.id())), Map.of(),
                staff);
    }

    @PostMapping("/admin/petitions/{id}/autoresponse")
    @PreAuthorize("hasRole('ORGANIZER')")
    String save(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        Petition p = context.find(staff, id);
        AutoresponseForm form = AutoresponseForm.from(input);
        try {
            autoresponses.save(staff.workspaceId(), p.id(), form.toAutoresponse());
        } catch (InvalidPetitionException e) {
            response.setStatus(422);
            return page(model, p, form, AutoresponseForm.words(e.problems(), messages, locale), staff);
        }
        audit.record(staff, "petitions.autoresponse", "Confirmation email " + (form.enabled() ? "on" : "off")
                + " for \"" + p.title() + "\" (" + p.id() + ")");
        return "redirect:/admin/petitions/" + id + "?saved=autoresponse";
    }

    private String page(Model model, Petition p, AutoresponseForm form, Map<String, String> problems, Staff staff) {
        model.addAttribute("title", p.title());
        model.addAttribute("back", "/admin/petitions/" + p.id());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("sent", autoresponses.sent(staff.workspaceId(), p.id()));
        return "actions/autoresponse";
    }
}
