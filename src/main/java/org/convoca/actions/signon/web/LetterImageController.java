package org.convoca.actions.signon.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.PetitionImages;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.signon.LetterImages;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A letter's optional image: chosen or removed by its organizers, shown atop its public page. */
@Controller
class LetterImageController {

    private final StaffSignOnLetters context;
    private final PublicSignOnLetters letters;
    private final LetterImages images;
    private final MessageSource messages;
    private final AuditLog audit;

    LetterImageController(StaffSignOnLetters context, PublicSignOnLetters letters, LetterImages images,
            MessageSource messages, AuditLog audit) {
        this.context = context;
        this.letters = letters;
        this.images = images;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping("/admin/sign-on/{id}/image")
    @PreAuthorize("hasRole('ORGANIZER')")
    String image(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "image", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String remove, Locale locale, RedirectAttributes redirect)
            throws IOException {
        SignonLetter l = context.find(staff, id);
        if (!remove.isEmpty()) {
            images.remove(staff.workspaceId(), l.id());
            audit.record(staff, "signon.image", "Image removed from \"" + l.title() + "\" (" + l.id() + ")");
        } else if (file == null || file.isEmpty() || file.getSize() > PetitionLimits.IMAGE_BYTES) {
            redirect.addFlashAttribute("problem", messages.getMessage("actions.image.size", null, locale));
        } else {
            byte[] bytes = file.getBytes();
            if (PetitionImages.typeOf(bytes).isEmpty()) {
                redirect.addFlashAttribute("problem", messages.getMessage("actions.image.type", null, locale));
            } else {
                images.save(staff.workspaceId(), l.id(), bytes);
                audit.record(staff, "signon.image", "New image on \"" + l.title() + "\" (" + l.id() + ")");
            }
        }
        return "redirect:/admin/sign-on/" + id + "#image";
    }

    @GetMapping("/{workspace:[a-z0-9][a-z0-9-]{0,62}}/sign-on/{slug:[a-z0-9][a-z0-9-]{0,79}}/image")
    ResponseEntity<byte[]> show(@PathVariable String workspace, @PathVariable String slug) {
        PublicSignOnLetters.Found f = letters.find(workspace, slug);
        PetitionImages.Image image = images.find(f.workspace().id(), f.letter().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(image.content());
    }
}
