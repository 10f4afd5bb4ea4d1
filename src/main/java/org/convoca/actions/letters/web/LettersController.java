package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.letters.CoSponsoredCampaigns;
import org.convoca.actions.letters.InvalidLetterException;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Outreaches;
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

/** Staff pages for letter campaigns: the list, adding and editing a campaign, publishing and closing. */
@Controller
class LettersController {

    static final int PAGE = 25;

    private final LetterCampaigns campaigns;
    private final Outreaches outreaches;
    private final CoSponsoredCampaigns sponsored;
    private final StaffLetters context;
    private final AuditLog audit;

    LettersController(LetterCampaigns campaigns, Outreaches outreaches, CoSponsoredCampaigns sponsored,
            StaffLetters context, AuditLog audit) {
        this.campaigns = campaigns;
        this.outreaches = outreaches;
        this.sponsored = sponsored;
        this.context = context;
        this.audit = audit;
    }

    @GetMapping("/admin/letters")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model,
            Locale locale) {
        long n = StaffLetters.pageNumber(page);
        List<LetterCampaign> found = campaigns.page(staff.workspaceId(), true, (n - 1) * PAGE, PAGE + 1);
        Map<UUID, Long> counts = new LinkedHashMap<>();
        found.forEach(c -> counts.put(c.id(), outreaches.count(staff.workspaceId(),
                new Outreaches.Scope(c.id(), null))));
        model.addAttribute("campaigns", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("counts", counts);
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("sponsored", sponsored.of(staff.workspaceId(), 100));
        model.addAttribute("dates", context.dates(staff, locale));
        return "letters/list";
    }

    @GetMapping("/admin/letters/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(@AuthenticationPrincipal Staff staff, Model model) {
        return page(model, LetterEditForm.empty(context.defaultLanguage(staff)), null, Map.of());
    }

    @PostMapping("/admin/letters")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam MultiValueMap<String, String> input,
            Model model, Locale locale, HttpServletResponse response) {
        LetterEditForm form = LetterEditForm.from(input);
        try {
            LetterCampaign saved = campaigns.create(staff.workspaceId(), form.toCampaign(null));
            audit.record(staff, "letters.create", "\"" + saved.title() + "\" (" + saved.id() + ")");
            return "redirect:/admin/letters/" + saved.id();
        } catch (InvalidLetterException e) {
            response.setStatus(422);
            return page(model, form, null, context.words(e.problems(), locale));
        }
    }

    @GetMapping("/admin/letters/{id:[0-9a-f-]{36}}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        LetterCampaign c = context.find(staff, id);
        return page(model, LetterEditForm.of(c), c, Map.of());
    }

    @PostMapping("/admin/letters/{id:[0-9a-f-]{36}}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        LetterCampaign old = context.find(staff, id);
        LetterEditForm form = LetterEditForm.from(input);
        try {
            LetterCampaign saved = campaigns.update(form.toCampaign(old));
            audit.record(staff, "letters.update", "\"" + saved.title() + "\" (" + saved.id() + ")");
            return "redirect:/admin/letters/" + id;
        } catch (InvalidLetterException e) {
            response.setStatus(422);
            return page(model, form, old, context.words(e.problems(), locale));
        }
    }

    @PostMapping("/admin/letters/{id:[0-9a-f-]{36}}/status")
    @PreAuthorize("hasRole('ORGANIZER')")
    String status(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status) {
        LetterCampaign c = context.find(staff, id);
        PetitionStatus next = PetitionStatus.parse(status).orElseThrow(StaffLetters::notFound);
        if (campaigns.setStatus(staff.workspaceId(), c.id(), next)) {
            audit.record(staff, "letters.status", "\"" + c.title() + "\" (" + c.id() + ") is now " + next.wire());
        }
        return "redirect:/admin/letters/" + id;
    }

    private String page(Model model, LetterEditForm form, LetterCampaign existing, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("languages", PetitionLimits.LANGUAGES);
        return "letters/edit";
    }
}
