package org.convoca.actions.forms.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.forms.Form;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing a form's co-sponsors: partner workspaces named by their web address name. */
@Controller
class FormCoSponsorsController {

    private final StaffForms context;
    private final ActionCoSponsors coSponsors;
    private final Workspaces workspaces;
    private final MessageSource messages;
    private final AuditLog audit;

    FormCoSponsorsController(StaffForms context, ActionCoSponsors coSponsors, Workspaces workspaces,
            MessageSource messages, AuditLog audit) {
        this.context = context;
        this.coSponsors = coSponsors;
        this.workspaces = workspaces;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping("/admin/forms/{id}/cosponsors")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, Locale locale, RedirectAttributes redirect) {
        Form f = context.find(staff, id);
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Workspace> partner = Workspaces.isValidSlug(wanted) ? workspaces.findBySlug(wanted)
                : Optional.empty();
        if (partner.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("actions.cosponsors.unknown",
                    new Object[] {PetitionLimits.clean(slug.length() > 80 ? slug.substring(0, 80) : slug)}, locale));
        } else if (partner.get().id().equals(staff.workspaceId())) {
            redirect.addFlashAttribute("problem", messages.getMessage("forms.cosponsors.self", null, locale));
        } else {
            coSponsors.add(staff.workspaceId(), f.id(), partner.get().id());
            audit.record(staff, "forms.cosponsor.add", partner.get().name() + " (" + partner.get().slug()
                    + ") co-sponsors \"" + f.title() + "\" (" + f.id() + ")");
        }
        return "redirect:/admin/forms/" + id + "#cosponsors";
    }

    @PostMapping("/admin/forms/{id}/cosponsors/{partnerId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID partnerId) {
        Form f = context.find(staff, id);
        if (coSponsors.remove(staff.workspaceId(), f.id(), partnerId)) {
            audit.record(staff, "forms.cosponsor.remove", partnerId + " no longer co-sponsors \"" + f.title()
                    + "\" (" + f.id() + ")");
        }
        return "redirect:/admin/forms/" + id + "#cosponsors";
    }
}
