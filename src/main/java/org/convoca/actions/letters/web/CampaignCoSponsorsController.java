package org.convoca.actions.letters.web;

import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.web.CoSponsorChanges;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing a letter campaign's co-sponsors. */
@Controller
class CampaignCoSponsorsController {

    private final StaffLetters context;
    private final CoSponsorChanges changes;
    private final ActionCoSponsors coSponsors;

    CampaignCoSponsorsController(StaffLetters context, CoSponsorChanges changes, ActionCoSponsors coSponsors) {
        this.context = context;
        this.changes = changes;
        this.coSponsors = coSponsors;
    }

    @PostMapping("/admin/letters/{id}/cosponsors")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, Locale locale, RedirectAttributes redirect) {
        return changes.add(staff, action(staff, id), slug, coSponsors::add, locale, redirect);
    }

    @PostMapping("/admin/letters/{id}/cosponsors/{partnerId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String remove(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID partnerId) {
        return changes.remove(staff, action(staff, id), partnerId, coSponsors::remove);
    }

    private CoSponsorChanges.Action action(Staff staff, UUID id) {
        LetterCampaign a = context.find(staff, id);
        return new CoSponsorChanges.Action(a.id(), a.title(), "/admin/letters/" + a.id(), "letters");
    }
}
