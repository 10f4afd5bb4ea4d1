package org.convoca.mailings.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.mail.MailDeliveryException;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingRules;
import org.convoca.mailings.Previews;
import org.convoca.mailings.RenderedEmail;
import org.convoca.mailings.Sending;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Previewing, test-sending, sending, scheduling, pausing, resuming and cancelling, and the live progress bar. */
@Controller
class MailingSendController {

    private final MailingsController mailings;
    private final Previews previews;
    private final Sending sending;
    private final People people;
    private final Workspaces workspaces;
    private final AuditLog audit;
    private final MailingPages pages;

    MailingSendController(MailingsController mailings, Previews previews, Sending sending, People people,
            Workspaces workspaces, AuditLog audit, MailingPages pages) {
        this.mailings = mailings;
        this.previews = previews;
        this.sending = sending;
        this.people = people;
        this.workspaces = workspaces;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/mailings/{id}/preview")
    String preview(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "") String lang, @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "desktop") String width, Model model) {
        Mailing m = mailings.find(staff, id);
        String language = language(m, lang);
        Person as = person(staff, person);
        RenderedEmail email = m.versions().isEmpty() ? new RenderedEmail("", "", "")
                : previews.preview(m, language, as);
        model.addAttribute("mailing", m);
        model.addAttribute("language", language);
        model.addAttribute("person", person.length() > 320 ? "" : person.strip());
        model.addAttribute("personFound", as != null);
        model.addAttribute("phone", width.equals("phone"));
        model.addAttribute("email", email);
        return "mailings/preview";
    }

    /** The HTML part alone, for the preview's frame: inline styles allowed, nothing else. */
    @GetMapping("/admin/mailings/{id}/preview.html")
    ResponseEntity<String> previewHtml(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "") String lang, @RequestParam(defaultValue = "") String person) {
        Mailing m = mailings.find(staff, id);
        String html = m.versions().isEmpty() ? "" : previews.preview(m, language(m, lang), person(staff, person)).html();
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src 'self' https: data:; frame-ancestors 'self'")
                .header("Cache-Control", "no-store").body(html);
    }

    @PostMapping("/admin/mailings/{id}/test")
    @PreAuthorize("hasRole('ORGANIZER')")
    String test(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "") String lang, Locale locale, RedirectAttributes redirect) {
        Mailing m = mailings.find(staff, id);
        String language = language(m, lang);
        try {
            if (m.versions().isEmpty()) {
                throw new InvalidMailingException(Map.of("versions", "Write the mailing first."));
            }
            previews.sendTest(m, language, staff.email(), staff.name(), staff.accountId());
            redirect.addFlashAttribute("notice", pages.t(locale, "mailings.test.sent", staff.email()));
        } catch (MailDeliveryException | InvalidMailingException e) {
            redirect.addFlashAttribute("problem", pages.t(locale, "mailings.test.failed"));
        }
        return "redirect:/admin/mailings/" + m.id() + "/preview?lang=" + language;
    }

    @GetMapping("/admin/mailings/{id}/send")
    @PreAuthorize("hasRole('ORGANIZER')")
    String confirm(@AuthenticationPrincipal Staff staff, @PathVariable String id, Locale locale, Model model) {
        Mailing m = mailings.find(staff, id);
        if (!m.status().editable()) {
            return "redirect:/admin/mailings/" + m.id();
        }
        model.addAttribute("mailing", m);
        model.addAttribute("reach", sending.reach(staff.workspaceId(), m.audience()));
        model.addAttribute("problems", pages.problems(locale, sending.unready(m)).values());
        model.addAttribute("zone", zone(staff).getId());
        model.addAttribute("tracked", pages.tracks(staff.workspaceId()));
        return "mailings/confirm";
    }

    @PostMapping("/admin/mailings/{id}/send")
    @PreAuthorize("hasRole('ORGANIZER')")
    String send(@AuthenticationPrincipal Staff staff, @PathVariable String id,
            @RequestParam(defaultValue = "") String at, Locale locale, RedirectAttributes redirect) {
        Mailing m = mailings.find(staff, id);
        try {
            if (at.isBlank()) {
                long count = sending.start(staff.workspaceId(), m.id());
                audit.record(staff, "mailings.send", "\"" + m.name() + "\" (" + m.id() + ") to " + count + " people");
            } else {
                var when = LocalDateTime.parse(at.strip()).atZone(zone(staff)).toInstant();
                sending.schedule(staff.workspaceId(), m.id(), when);
                audit.record(staff, "mailings.schedule", "\"" + m.name() + "\" (" + m.id() + ") for " + when);
            }
        } catch (InvalidMailingException e) {
            redirect.addFlashAttribute("problem", String.join(" ", pages.problems(locale, e.problems()).values()));
            return "redirect:/admin/mailings/" + m.id() + "/send";
        } catch (DateTimeException e) {
            redirect.addFlashAttribute("problem", pages.t(locale, "mailings.schedule.invalid"));
            return "redirect:/admin/mailings/" + m.id() + "/send";
        }
        return "redirect:/admin/mailings/" + m.id();
    }

    @PostMapping("/admin/mailings/{id}/{change:pause|resume|cancel}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String change(@AuthenticationPrincipal Staff staff, @PathVariable String id, @PathVariable String change,
            Locale locale, RedirectAttributes redirect) {
        Mailing m = mailings.find(staff, id);
        try {
            switch (change) {
                case "pause" -> sending.pause(staff.workspaceId(), m.id());
                case "resume" -> sending.resume(staff.workspaceId(), m.id());
                default -> sending.cancel(staff.workspaceId(), m.id());
            }
            audit.record(staff, "mailings." + change, "\"" + m.name() + "\" (" + m.id() + ")");
        } catch (InvalidMailingException e) {
            redirect.addFlashAttribute("problem", pages.t(locale, "mailings.change.refused"));
        }
        return "redirect:/admin/mailings/" + m.id();
    }

    /** The progress fragment the status page polls while a send runs. */
    @GetMapping("/admin/mailings/{id}/progress")
    String progress(@AuthenticationPrincipal Staff staff, @PathVariable String id, Model model) {
        Mailing m = mailings.find(staff, id);
        model.addAttribute("status", pages.status(m, m.status().finished()));
        return "mailings/progress";
    }

    private Person person(Staff staff, String person) {
        if (person.isBlank() || person.length() > 320) {
            return null;
        }
        UUID ws = staff.workspaceId();
        return org.convoca.shared.Ids.parse(person).flatMap(pid -> people.find(ws, pid))
                .or(() -> people.findByEmail(ws, person)).orElse(null);
    }

    private static String language(Mailing m, String lang) {
        if (MailingRules.LANGUAGES.contains(lang) && m.versions().containsKey(lang)) {
            return lang;
        }
        return m.versions().isEmpty() ? "en" : m.versions().keySet().iterator().next();
    }

    private ZoneId zone(Staff staff) {
        try {
            return ZoneId.of(workspaces.findById(staff.workspaceId()).orElseThrow().timeZone());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
