package org.convoca.actions.signon.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.signon.DuplicateCandidates;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.actions.signon.SignonSignatures;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages for a letter's signatures: moderation (approve or reject before a signature is listed), and the
 * organizations that may be listed twice (merge, keep apart, choose the spelling to list).
 */
@Controller
class LetterSignaturesController {

    static final int PAGE = 100;

    private final StaffSignOnLetters context;
    private final SignonSignatures signatures;
    private final Signatories signatories;
    private final DuplicateCandidates candidates;
    private final AuditLog audit;

    LetterSignaturesController(StaffSignOnLetters context, SignonSignatures signatures, Signatories signatories,
            DuplicateCandidates candidates, AuditLog audit) {
        this.context = context;
        this.signatures = signatures;
        this.signatories = signatories;
        this.candidates = candidates;
        this.audit = audit;
    }

    @GetMapping("/admin/sign-on/{id}/signatures")
    String signatures(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") String page,
            Model model, Locale locale) {
        SignonLetter l = context.find(staff, id);
        SignonSignature.Status only = SignonSignature.Status.parse(status).orElse(null);
        long n = StaffSignOnLetters.pageNumber(page);
        List<SignonSignature> found = signatures.newest(staff.workspaceId(), l.id(), only, (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("letter", l);
        model.addAttribute("signatures", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("status", only == null ? "" : only.wire());
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("dates", context.dates(staff, locale));
        return "signon/signatures";
    }

    @PostMapping("/admin/sign-on/{id}/signatures/{signature}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String moderate(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID signature,
            @RequestParam(defaultValue = "") String status) {
        SignonLetter l = context.find(staff, id);
        SignonSignature.Status next = SignonSignature.Status.parse(status).orElseThrow(StaffSignOnLetters::notFound);
        if (!signatures.setStatus(staff.workspaceId(), l.id(), signature, next)) {
            throw StaffSignOnLetters.notFound();
        }
        audit.record(staff, "signon.moderate", "Signature " + signature + " on \"" + l.title() + "\" is now "
                + next.wire());
        return "redirect:/admin/sign-on/" + id + "/signatures?status=pending";
    }

    @GetMapping("/admin/sign-on/{id}/duplicates")
    String duplicates(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        SignonLetter l = context.find(staff, id);
        model.addAttribute("letter", l);
        model.addAttribute("candidates", candidates.open(staff.workspaceId(), l.id()));
        model.addAttribute("listings", signatories.listings(staff.workspaceId(), l.id()).stream()
                .filter(x -> x.spellings().size() > 1).toList());
        return "signon/duplicates";
    }

    @PostMapping("/admin/sign-on/{id}/duplicates/{candidate}/merge")
    @PreAuthorize("hasRole('ORGANIZER')")
    String merge(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID candidate) {
        SignonLetter l = context.find(staff, id);
        var merged = candidates.merge(staff.workspaceId(), l.id(), candidate).orElseThrow(StaffSignOnLetters::notFound);
        audit.record(staff, "signon.merge", "Merged into \"" + merged.name() + "\" on \"" + l.title() + "\"");
        return "redirect:/admin/sign-on/" + id + "/duplicates";
    }

    @PostMapping("/admin/sign-on/{id}/duplicates/{candidate}/keep-apart")
    @PreAuthorize("hasRole('ORGANIZER')")
    String keepApart(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID candidate) {
        SignonLetter l = context.find(staff, id);
        if (!candidates.keepApart(staff.workspaceId(), l.id(), candidate)) {
            throw StaffSignOnLetters.notFound();
        }
        audit.record(staff, "signon.keep-apart", "Pair " + candidate + " kept apart on \"" + l.title() + "\"");
        return "redirect:/admin/sign-on/" + id + "/duplicates";
    }

    @PostMapping("/admin/sign-on/{id}/listings/{listing}/name")
    @PreAuthorize("hasRole('ORGANIZER')")
    String choose(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID listing,
            @RequestParam(defaultValue = "") String name) {
        SignonLetter l = context.find(staff, id);
        if (!signatories.choose(staff.workspaceId(), l.id(), listing, name)) {
            throw StaffSignOnLetters.notFound();
        }
        audit.record(staff, "signon.spelling", "Listed as \"" + name + "\" on \"" + l.title() + "\"");
        return "redirect:/admin/sign-on/" + id + "/duplicates";
    }
}
