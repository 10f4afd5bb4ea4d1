package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.signon.DuplicateCandidates;
import org.convoca.actions.signon.InvalidLetterException;
import org.convoca.actions.signon.LetterCoSponsors;
import org.convoca.actions.signon.LetterImages;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.LetterStatus;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.actions.signon.SignonSignatures;
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

    static final int PAGE = 25;

    private final SignonLetters letters;
    private final SignonSignatures signatures;
    private final Signatories signatories;
    private final DuplicateCandidates candidates;
    private final LetterCoSponsors coSponsors;
    private final StaffSignOnLetters context;
    private final Autoresponses autoresponses;
    private final LetterImages images;
    private final AuditLog audit;

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
        this.audit = audit;
    }

    @GetMapping("/admin/sign-on")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        long n = StaffSignOnLetters.pageNumber(page);
        List<SignonLetter> found = letters.newest(staff.workspaceId(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("letters", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("sponsored", coSponsors.sponsoredBy(staff.workspaceId(), 100));
        model.addAttribute("dates", context.dates(staff, locale));
        return "signon/list";
    }

    @GetMapping("/admin/sign-on/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return form(model, LetterForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/sign-on")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        return save(staff, null, input, model, locale, response);
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
        return form(model, LetterForm.of(l, context.zone(staff)), l, Map.of());
    }

    @PostMapping("/admin/sign-on/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        return save(staff, context.find(staff, id), input, model, locale, response);
    }

    @PostMapping("/admin/sign-on/{id}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        SignonLetter l = context.find(staff, id);
        LetterStatus next = LetterStatus.parse(status).orElseThrow(StaffSignOnLetters::notFound);
        if (letters.setStatus(staff.workspaceId(), l.id(), next)) {
            audit.record(staff, "signon.status", "\"" + l.title() + "\" (" + l.id() + ") is now " + next.wire());
        }
        return "redirect:/admin/sign-on/" + id;
    }

    private String save(Staff staff, SignonLetter old, MultiValueMap<String, String> input, Model model,
            Locale locale, HttpServletResponse response) {
        LetterForm form = LetterForm.from(input);
        Map<String, LetterLimits.Problem> problems = form.formProblems(context.zone(staff));
        if (problems.isEmpty()) {
            try {
                SignonLetter draft = form.toLetter(old, context.zone(staff));
                SignonLetter saved = old == null ? letters.create(staff.workspaceId(), draft) : letters.update(draft);
                audit.record(staff, old == null ? "signon.create" : "signon.update",
                        "\"" + saved.title() + "\" (" + saved.id() + ")");
                return "redirect:/admin/sign-on/" + saved.id();
            } catch (InvalidLetterException e) {
                problems = e.problems();
            }
        }
        response.setStatus(422);
        return form(model, form, old, context.translate(problems, locale));
    }

    private String form(Model model, LetterForm form, SignonLetter existing, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("letter", existing);
        model.addAttribute("problems", problems);
        return "signon/form";
    }
}
