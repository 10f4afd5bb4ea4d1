package org.convoca.actions.forms.web;

import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.forms.Form;
import org.convoca.actions.web.CoSponsorChanges;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing a form's co-sponsors. */
@Controller
class FormCoSponsorsController {

    private final StaffForms context;
    private final CoSponsorChanges changes;
    private final ActionCoSponsors coSponsors;

    FormCoSponsorsController(StaffForms context, CoSponsorChanges changes, ActionCoSponsors coSponsors) {
        this.context = context;
        this.changes = changes;
        this.coSponsors = coSponsors;
    }

    @PostMapping("/admin/forms/{id}/cosponsors")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, Locale locale, RedirectAttributes redirect) {
        return changes.add(staff, action(staff, id), slug, coSponsors::add, locale, redirect);
    }

    @PostMapping("/admin/forms/{id}/cosponsors/{partnerId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID partnerId) {
        return changes.remove(staff, action(staff, id), partnerId, coSponsors::remove);
    }

    private CoSponsorChanges.Action action(Staff staff, UUID id) {
        Form a = context.find(staff, id);
        return new CoSponsorChanges.Action(a.id(), a.title(), "/admin/forms/" + a.id(), "forms");
    }
}
