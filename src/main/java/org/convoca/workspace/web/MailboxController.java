package org.convoca.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.mail.CapturedMail;
import org.convoca.mail.Mailbox;
import org.convoca.mail.MailboxReader;
import org.convoca.mail.Mailer;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox: mail Convoca would have sent, had an SMTP relay been configured.
 *
 * <p>Links in this mail are credentials (an invitation grants a role, a reset link grants an account), so each
 * person sees only what they could have obtained anyway: mail addressed to them, mail they caused to be sent in
 * the current workspace (the invitations they made), and, for owners, all of the current workspace's mail, since
 * nothing in it can give an owner more than they have. Password reset mail belongs to no workspace, so only its
 * recipient ever sees it.
 */
@Controller
class MailboxController {

    static final int PAGE_SIZE = 50;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']{1,2000}");

    private final Mailbox mailbox;
    private final Mailer mailer;
    private final Workspaces workspaces;

    MailboxController(Mailbox mailbox, Mailer mailer, Workspaces workspaces) {
        this.mailbox = mailbox;
        this.mailer = mailer;
        this.workspaces = workspaces;
    }

    @GetMapping("/admin/mailbox")
    String list(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        int p = Math.clamp(page, 0, 100_000);
        List<CapturedMail.Summary> messages = mailbox.page(reader(staff), p * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("messages", messages.size() > PAGE_SIZE ? messages.subList(0, PAGE_SIZE) : messages);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", messages.size() > PAGE_SIZE);
        model.addAttribute("capturing", mailer.capturesMail());
        model.addAttribute("formats", formats(staff, locale));
        return "workspace/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String message(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model, Locale locale) {
        CapturedMail mail = find(staff, id);
        model.addAttribute("mail", mail);
        model.addAttribute("links", links(mail.textBody()));
        model.addAttribute("formats", formats(staff, locale));
        return "workspace/mailbox-message";
    }

    /**
     * The HTML body on its own, for a sandboxed frame: its own policy forbids scripts, forms, plugins and
     * fetching anything, so even opened directly it cannot run code or call home.
     */
    @GetMapping("/admin/mailbox/{id}/html")
    ResponseEntity<String> html(@AuthenticationPrincipal Staff staff, @PathVariable UUID id) {
        CapturedMail mail = find(staff, id);
        if (mail.htmlBody() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src data:; frame-ancestors 'self'")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Cache-Control", "no-store")
                .body(mail.htmlBody());
    }

    private CapturedMail find(Staff staff, UUID id) {
        return mailbox.find(reader(staff), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static MailboxReader reader(Staff staff) {
        return new MailboxReader(staff.workspaceId(), staff.accountId(), staff.email(), staff.role() == Role.OWNER);
    }

    private Formats formats(Staff staff, Locale locale) {
        return Formats.of(workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC"), locale);
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find() && links.size() < 20) {
            links.add(m.group());
        }
        return links;
    }
}
