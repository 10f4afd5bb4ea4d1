package org.convoca.workspace.staff;

import java.util.Locale;
import java.util.UUID;
import org.convoca.mail.OutgoingEmail;
import org.convoca.workspace.Role;
import org.convoca.workspace.Workspace;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The emails staff receive, in their language, from the workspace's sender and with its postal address. */
@Component
class StaffEmails {

    private final MessageSource messages;

    StaffEmails(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingEmail invitation(Workspace w, String inviter, UUID inviterId, String to, Role role, String link,
            Locale locale) {
        String roleName = t(locale, "staff.role." + role.name());
        return compose(w, to, t(locale, "staff.email.invitation.subject", inviter, w.name()),
                t(locale, "staff.email.invitation.body", inviter, w.name(), roleName), link,
                t(locale, "staff.email.invitation.after"), locale).sentFor(w.id(), inviterId);
    }

    OutgoingEmail passwordReset(Workspace w, String to, String link, Locale locale) {
        // Filed under no workspace: a reset link is the account itself, for no one but its owner to read.
        return compose(w, to, t(locale, "staff.email.reset.subject"), t(locale, "staff.email.reset.body", to), link,
                t(locale, "staff.email.reset.after"), locale).sentFor(null, null);
    }

    private OutgoingEmail compose(Workspace w, String to, String subject, String intro, String link, String after,
            Locale locale) {
        String footer = w == null ? "Convoca" : w.postalAddress().isBlank() ? w.name()
                : t(locale, "staff.email.footer", w.name(), w.postalAddress());
        String text = intro + "\n\n" + link + "\n\n" + after + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>"
                + "<p>" + esc(intro) + "</p><p><a href=\"" + esc(link) + "\">" + esc(link) + "</a></p>"
                + "<p>" + esc(after) + "</p><hr><p style=\"color:#5b6475;font-size:13px\">"
                + esc(footer).replace("\n", "<br>") + "</p></body></html>";
        String senderName = w == null || w.senderName().isBlank() ? "Convoca" : w.senderName();
        String senderAddress = w == null || w.senderEmail().isBlank() ? null : w.senderEmail();
        return new OutgoingEmail(to, senderName, senderAddress, subject, text, html, w == null ? null : w.id(), null);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
