package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.signon.DuplicateCandidates;
import org.convoca.actions.signon.InvalidLetterException;
import org.convoca.actions.signon.LetterCoSponsors;
import org.convoca.actions.signon.LetterImages;
import org.convoca.actions.signon.LetterStatus;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.actions.signon.SignonSignatures;
import org.convoca.actions.web.ActionStaffPages;
import org.convoca.workspace.AuditLog;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** Staff pages for sign-on letters: the list, one letter, adding and editing, publishing and closing. */
@Controller
class SignOnLettersController {

    private final SignonLetters letters;
    private final SignonSignatures signatures;
    private final Signatories signatories;
    private final DuplicateCandidates candidates;
    private final LetterCoSponsors coSponsors;
    private final StaffSignOnLetters context;
    private final Autoresponses autoresponses;
    private final LetterImages images;
    private final ActionStaffPages<SignonLetter, LetterForm> pages;

    SignOnLettersController(SignonLetters letters, SignonSignatures signatures, Signatories signatories,
            DuplicateCandidates candidates, LetterCoSponsors coSponsors, StaffSignOnLetters context,
            Autoresponses autoresponses, LetterImages images, AuditLog audit) {
        this.autoresponses = autoresponses;
        this.images = images;
        this.letters = letters;
        this.signatures = signatures;
        this.signatories = signatories;
        this.candidates = candidates;
        this.coSponsors = coSponsors;
        this.context = context;
        ActionStaffPages.Kind<SignonLetter> kind = new ActionStaffPages.Kind<>("/admin/sign-on", "signon",
                SignonLetter::id, SignonLetter::title, "signon/form", "letter", Map.of());
        this.pages = new ActionStaffPages<>(kind, context,
                (staff, typed, locale) -> context.translate(typed.formProblems(context.zone(staff)), locale),
                (staff, old, typed) -> {
                    SignonLetter draft = typed.toLetter(old, context.zone(staff));
                    return old == null ? letters.create(staff.workspaceId(), draft) : letters.update(draft);
                },
                new ActionStaffPages.Refusal<>(InvalidLetterException.class,
                        (e, l) -> context.translate(e.problems(), l)),
                audit);
    }

    @GetMapping("/admin/sign-on")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        pages.list(staff, page, model, locale, "letters", letters::newest, coSponsors::sponsoredBy);
        return "signon/list";
    }

    @GetMapping("/admin/sign-on/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return pages.edit(model, LetterForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/sign-on")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        return pages.save(staff, null, LetterForm.from(input), model, locale, response);
    }

    @GetMapping("/admin/sign-on/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale) {
        SignonLetter l = context.find(staff, id);
        String path = "/" + staff.workspaceSlug() + "/sign-on/" + l.slug();
        model.addAttribute("letter", l);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(path).replaceQuery(null)
                .build().toUriString();
        model.addAttribute("publicUrl", url);
        model.addAttribute("embedCode", "<script src=\"" + url + "/embed.js\" async></script>\n<noscript><iframe src=\""
                + url + "/embed\" title=\"" + HtmlUtils.htmlEscape(l.title())
                + "\" style=\"width:100%;max-width:40rem;height:56rem;border:0\"></iframe></noscript>");
        model.addAttribute("listed", signatories.listed(staff.workspaceId(), l.id()).size());
        model.addAttribute("pending", signatures.count(staff.workspaceId(), l.id(), SignonSignature.Status.PENDING));
        model.addAttribute("candidates", candidates.open(staff.workspaceId(), l.id()).size());
        model.addAttribute("coSponsors", coSponsors.of(staff.workspaceId(), l.id()));
        model.addAttribute("dates", context.dates(staff, locale));
        model.addAttribute("confirmation", autoresponses.find(staff.workspaceId(), l.id()).enabled());
        model.addAttribute("hasImage", images.exists(staff.workspaceId(), l.id()));
        return "signon/show";
    }

    @GetMapping("/admin/sign-on/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        SignonLetter l = context.find(staff, id);
        return pages.edit(model, LetterForm.of(l, context.zone(staff)), l, Map.of());
    }

    @PostMapping("/admin/sign-on/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return pages.save(staff, context.find(staff, id), LetterForm.from(input), model, locale, response);
    }

    @PostMapping("/admin/sign-on/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        SignonLetter l = context.find(staff, id);
        LetterStatus next = LetterStatus.parse(status).orElseThrow(StaffSignOnLetters::notFound);
        return pages.status(staff, l, next.wire(), letters.setStatus(staff.workspaceId(), l.id(), next));
    }
}
