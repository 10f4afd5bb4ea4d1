package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.CoSponsors;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionImages;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.SignatureCounts;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One petition's staff page: its state and count, where it lives and how to embed it, co-sponsors, image. */
@Controller
class PetitionController {

    private final StaffPetitions context;
    private final SignatureCounts counts;
    private final CoSponsors coSponsors;
    private final PetitionImages images;
    private final Workspaces workspaces;
    private final AuditLog audit;

    PetitionController(StaffPetitions context, SignatureCounts counts, CoSponsors coSponsors, PetitionImages images,
            Workspaces workspaces, AuditLog audit) {
        this.context = context;
        this.counts = counts;
        this.coSponsors = coSponsors;
        this.images = images;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @GetMapping("/admin/petitions/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale,
            HttpServletRequest request) {
        Petition p = context.find(staff, id);
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String path = "/" + staff.workspaceSlug() + "/petitions/" + p.slug();
        model.addAttribute("petition", p);
        model.addAttribute("count", counts.of(staff.workspaceId(), p.id()));
        model.addAttribute("coSponsors", coSponsors.of(staff.workspaceId(), p.id()));
        model.addAttribute("publicUrl", origin + path);
        model.addAttribute("embedCode", "<script src=\"" + origin + path + "/embed.js\" async></script>\n"
                + "<noscript><iframe src=\"" + origin + path + "/embed\" title=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(p.title())
                + "\" style=\"width:100%;max-width:40rem;height:56rem;border:0\"></iframe></noscript>");
        model.addAttribute("dates", context.dates(staff, locale));
        return "actions/show";
    }

    @PostMapping("/admin/petitions/{id}/cosponsors")
    @PreAuthorize("hasRole('ORGANIZER')")
    String addCoSponsor(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, Locale locale, RedirectAttributes redirect) {
        Petition p = context.find(staff, id);
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Workspace> partner = Workspaces.isValidSlug(wanted) ? workspaces.findBySlug(wanted)
                : Optional.empty();
        if (partner.isEmpty()) {
            redirect.addFlashAttribute("problem", context.t(locale, "actions.cosponsors.unknown",
                    PetitionLimits.clean(slug.length() > 80 ? slug.substring(0, 80) : slug)));
        } else if (partner.get().id().equals(staff.workspaceId())) {
            redirect.addFlashAttribute("problem", context.t(locale, "actions.cosponsors.self"));
        } else {
            coSponsors.add(staff.workspaceId(), p.id(), partner.get().id());
            audit.record(staff, "petitions.cosponsor.add", partner.get().name() + " (" + partner.get().slug()
                    + ") co-sponsors \"" + p.title() + "\" (" + p.id() + ")");
        }
        return "redirect:/admin/petitions/" + id + "#cosponsors";
    }

    @PostMapping("/admin/petitions/{id}/cosponsors/{partnerId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String removeCoSponsor(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID partnerId) {
        Petition p = context.find(staff, id);
        if (coSponsors.remove(staff.workspaceId(), p.id(), partnerId)) {
            audit.record(staff, "petitions.cosponsor.remove", partnerId + " no longer co-sponsors \"" + p.title()
                    + "\" (" + p.id() + ")");
        }
        return "redirect:/admin/petitions/" + id + "#cosponsors";
    }

    @PostMapping("/admin/petitions/{id}/image")
    @PreAuthorize("hasRole('ORGANIZER')")
    String image(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "image", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String remove, Locale locale, RedirectAttributes redirect)
            throws IOException {
        Petition p = context.find(staff, id);
        if (!remove.isEmpty()) {
            images.remove(staff.workspaceId(), p.id());
        } else if (file == null || file.isEmpty() || file.getSize() > PetitionLimits.IMAGE_BYTES) {
            redirect.addFlashAttribute("problem", context.t(locale, "actions.image.size"));
        } else {
            byte[] bytes = file.getBytes();
            if (PetitionImages.typeOf(bytes).isEmpty()) {
                redirect.addFlashAttribute("problem", context.t(locale, "actions.image.type"));
            } else {
                images.save(staff.workspaceId(), p.id(), bytes);
            }
        }
        return "redirect:/admin/petitions/" + id + "#image";
    }
}
