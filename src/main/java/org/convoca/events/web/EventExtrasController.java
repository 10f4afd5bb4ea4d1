package org.convoca.events.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.CoHosts;
import org.convoca.events.Event;
import org.convoca.events.EventImages;
import org.convoca.events.EventLimits;
import org.convoca.shared.ImageTypes;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What staff add to an event beside its details: partner workspaces co-hosting it, and its image. */
@Controller
class EventExtrasController {

    private final StaffEvents context;
    private final CoHosts coHosts;
    private final EventImages images;
    private final Workspaces workspaces;
    private final AuditLog audit;

    EventExtrasController(StaffEvents context, CoHosts coHosts, EventImages images, Workspaces workspaces,
            AuditLog audit) {
        this.context = context;
        this.coHosts = coHosts;
        this.images = images;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @PostMapping("/admin/events/{id}/cohosts")
    @PreAuthorize("hasRole('ORGANIZER')")
    String addCoHost(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, Locale locale, RedirectAttributes redirect) {
        Event e = context.find(staff, id);
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Workspace> partner = Workspaces.isValidSlug(wanted) ? workspaces.findBySlug(wanted)
                : Optional.empty();
        if (partner.isEmpty()) {
            redirect.addFlashAttribute("coHostProblem", context.t(locale, "events.cohost.unknown",
                    EventLimits.clean(slug.length() > 80 ? slug.substring(0, 80) : slug)));
        } else if (partner.get().id().equals(staff.workspaceId())) {
            redirect.addFlashAttribute("coHostProblem", context.t(locale, "events.cohost.self"));
        } else {
            try {
                coHosts.add(staff.workspaceId(), e.id(), partner.get().id());
                audit.record(staff, "events.cohost.add", partner.get().name() + " (" + partner.get().slug()
                        + ") co-hosts \"" + e.title() + "\" (" + e.id() + ")");
            } catch (IllegalArgumentException full) {
                redirect.addFlashAttribute("coHostProblem", context.t(locale, "events.cohost.too-many",
                        CoHosts.MAX));
            }
        }
        return "redirect:/admin/events/" + id + "#cohosts";
    }

    @PostMapping("/admin/events/{id}/cohosts/{partnerId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String removeCoHost(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID partnerId) {
        Event e = context.find(staff, id);
        if (coHosts.remove(staff.workspaceId(), e.id(), partnerId)) {
            audit.record(staff, "events.cohost.remove", partnerId + " no longer co-hosts \"" + e.title() + "\" ("
                    + e.id() + ")");
        }
        return "redirect:/admin/events/" + id + "#cohosts";
    }

    @PostMapping("/admin/events/{id}/image")
    @PreAuthorize("hasRole('ORGANIZER')")
    String image(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "image", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String remove, Locale locale, RedirectAttributes redirect)
            throws IOException {
        Event e = context.find(staff, id);
        if (!remove.isEmpty()) {
            images.remove(staff.workspaceId(), e.id());
            audit.record(staff, "events.image.remove", "\"" + e.title() + "\" (" + e.id() + ")");
        } else if (file == null || file.isEmpty() || file.getSize() > EventImages.MAX_BYTES) {
            redirect.addFlashAttribute("imageProblem", context.t(locale, "events.image.size",
                    EventImages.MAX_BYTES / (1024 * 1024)));
        } else {
            byte[] bytes = file.getBytes();
            if (ImageTypes.of(bytes).isEmpty()) {
                redirect.addFlashAttribute("imageProblem", context.t(locale, "events.image.type"));
            } else {
                images.save(staff.workspaceId(), e.id(), bytes);
                audit.record(staff, "events.image.set", "\"" + e.title() + "\" (" + e.id() + ")");
            }
        }
        return "redirect:/admin/events/" + id + "#image";
    }
}
