package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.Block;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.MailingImages;
import org.convoca.mailings.MailingVersion;
import org.convoca.mailings.Previews;
import org.convoca.mailings.Wrapper;
import org.convoca.mailings.Wrappers;
import org.convoca.shared.Ids;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The wrappers page: the looks a workspace's newsletters can take, the default one, and a sample in each. */
@Controller
class WrappersController {

    static final int PAGE = 100;

    private final Wrappers wrappers;
    private final MailingImages images;
    private final Previews previews;
    private final AuditLog audit;
    private final MailingPages pages;

    WrappersController(Wrappers wrappers, MailingImages images, Previews previews, AuditLog audit,
            MailingPages pages) {
        this.wrappers = wrappers;
        this.images = images;
        this.previews = previews;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/wrappers")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "1") String page, Model model) {
        long p = MailingsController.pageNumber(page);
        List<Wrapper> found = wrappers.all(staff.workspaceId(), (p - 1) * PAGE, PAGE + 1);
        model.addAttribute("wrappers", found.size() > PAGE ? found.subList(0, PAGE) : found);
        model.addAttribute("defaultId", wrappers.defaultId(staff.workspaceId()).orElse(null));
        model.addAttribute("pageNumber", p);
        model.addAttribute("hasNext", found.size() > PAGE);
        return "wrappers/list";
    }

    @PostMapping("/admin/wrappers/default")
    @PreAuthorize("hasRole('ORGANIZER')")
    String makeDefault(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String wrapper,
            Locale locale, RedirectAttributes redirect) {
        UUID id = wrapper.isBlank() ? null : Ids.parse(wrapper).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
        try {
            wrappers.makeDefault(staff.workspaceId(), id);
            redirect.addFlashAttribute("notice", pages.t(locale, "wrappers.default.saved"));
        } catch (InvalidMailingException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/wrappers";
    }

    @GetMapping("/admin/wrappers/new")
    String create(@AuthenticationPrincipal Staff staff, Model model) {
        return edit(staff, null, Wrapper.draft("", "", null, null, null, ""), Map.of(), model);
    }

    @GetMapping("/admin/wrappers/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        Wrapper w = find(staff, id);
        return edit(staff, w.id(), w, Map.of(), model);
    }

    @PostMapping("/admin/wrappers")
    @PreAuthorize("hasRole('ORGANIZER')")
    String saveNew(@AuthenticationPrincipal Staff staff, HttpServletRequest request, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(staff, null, request, locale, model, response, redirect);
    }

    @PostMapping("/admin/wrappers/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String saveExisting(@AuthenticationPrincipal Staff staff, @PathVariable String id, HttpServletRequest request,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(staff, find(staff, id), request, locale, model, response, redirect);
    }

    /** A sample newsletter in the wrapper, for the editor's frame: inline styles allowed, nothing else. */
    @GetMapping("/admin/wrappers/{id}/preview.html")
    ResponseEntity<String> preview(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "en") String lang) {
        Wrapper w = find(staff, id);
        Locale locale = Locale.forLanguageTag(lang.equals("es") ? "es" : "en");
        MailingVersion sample = new MailingVersion(locale.getLanguage(), pages.t(locale, "wrappers.sample.subject"),
                "", List.of(new Block.Heading(pages.t(locale, "wrappers.sample.heading")),
                        new Block.Text(pages.t(locale, "wrappers.sample.text")),
                        new Block.Button(pages.t(locale, "wrappers.sample.button"), "https://example.org/")));
        String html = previews.sample(staff.workspaceId(), w.id(), sample).html();
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src 'self' https: data:; frame-ancestors 'self'")
                .header("Cache-Control", "no-store").body(html);
    }

    @GetMapping("/admin/wrappers/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String confirmDelete(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        model.addAttribute("wrapper", find(staff, id));
        return "wrappers/delete";
    }

    @PostMapping("/admin/wrappers/{id}/delete")
    @PreAuthorize("hasRole('ORGANIZER')")
    String delete(@AuthenticationPrincipal Staff staff, @PathVariable String id, Locale locale,
            RedirectAttributes redirect) {
        Wrapper w = find(staff, id);
        try {
            if (wrappers.delete(staff.workspaceId(), w.id())) {
                audit.record(staff, "wrappers.delete", "\"" + w.name() + "\" (" + w.id() + ")");
                redirect.addFlashAttribute("notice", pages.t(locale, "wrappers.deleted", w.name()));
            }
            return "redirect:/admin/wrappers";
        } catch (InvalidMailingException e) {
            redirect.addFlashAttribute("problem", pages.t(locale, "wrappers.problem.wrapper.used"));
            return "redirect:/admin/wrappers/" + w.id();
        }
    }

    private String save(Staff staff, Wrapper current, HttpServletRequest request, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID ws = staff.workspaceId();
        UUID id = current == null ? null : current.id();
        WrapperForm.Read form = WrapperForm.read(request, id, current, ws, images);
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        problems.putAll(wrappers.problems(ws, form.wrapper()));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return edit(staff, id, form.wrapper(), translate(locale, problems), model);
        }
        Wrapper saved = wrappers.save(ws, form.wrapper());
        boolean wasDefault = wrappers.defaultId(ws).filter(saved.id()::equals).isPresent();
        boolean makeDefault = "true".equals(request.getParameter("default"));
        if (makeDefault != wasDefault) {
            wrappers.makeDefault(ws, makeDefault ? saved.id() : null);
        }
        redirect.addFlashAttribute("notice", pages.t(locale, "wrappers.saved", saved.name()));
        return "redirect:/admin/wrappers/" + saved.id();
    }

    private String edit(Staff staff, UUID id, Wrapper w, Map<String, String> problems, Model model) {
        boolean isDefault = id != null && wrappers.defaultId(staff.workspaceId()).filter(id::equals).isPresent();
        String logo = w.logoImageId() == null ? null
                : "/" + staff.workspaceSlug() + "/newsletter-images/" + w.logoImageId();
        model.addAttribute("page", new WrapperPage(id, w, isDefault, logo, problems));
        return "wrappers/edit";
    }

    private Map<String, String> translate(Locale locale, Map<String, String> english) {
        Map<String, String> result = new LinkedHashMap<>();
        english.forEach((key, sentence) -> {
            String message = pages.t(locale, "wrappers.problem." + key, Wrappers.NAME, Wrappers.HEADER,
                    Wrappers.FOOTER);
            result.put(key, message.startsWith("wrappers.problem.") ? sentence : message);
        });
        return result;
    }

    private Wrapper find(Staff staff, String id) {
        return Ids.parse(id).flatMap(i -> wrappers.find(staff.workspaceId(), i))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
