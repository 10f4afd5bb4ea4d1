package org.convoca.mail;

import java.util.List;
import java.util.UUID;

/**
 * One message to one recipient. Built only from values that cannot smuggle in extra headers: an address that
 * does not parse, or a line break in any header value, is refused when the message is made.
 *
 * @param fromAddress null to use the installation's sender ({@code CONVOCA_MAIL_FROM})
 * @param htmlBody optional HTML alternative of the text body
 * @param workspaceId the workspace the message is sent for, if any
 * @param requestedBy the staff account whose action sent the message, if any
 * @param replyTo where replies go when not to the sender (a supporter writing to an official), if anywhere
 * @param attachments files sent along, such as a calendar invitation
 */
public record OutgoingEmail(String to, String fromName, String fromAddress, String subject, String textBody,
        String htmlBody, UUID workspaceId, UUID requestedBy, String replyTo, List<Attachment> attachments) {

    /** A file sent with a message; its name and type become headers, so they are checked like one. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        static final int MAX_BYTES = 1_000_000;

        public Attachment {
            fileName = Headers.value("attachment name", fileName == null ? "" : fileName.strip(), MAX_NAME);
            contentType = Headers.value("attachment type", contentType == null ? "" : contentType.strip(), MAX_NAME);
            if (fileName.isEmpty() || contentType.isEmpty() || content == null || content.length > MAX_BYTES) {
                throw new InvalidEmailException("An attachment needs a name, a type and at most " + MAX_BYTES
                        + " bytes.");
            }
        }
    }

    static final int MAX_SUBJECT = 998;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1_000_000;
    static final int MAX_HTML = 2_000_000;

    public OutgoingEmail {
        to = Headers.address("recipient", to);
        replyTo = replyTo == null || replyTo.isBlank() ? null : Headers.address("reply-to", replyTo);
        fromName = fromName == null ? "" : Headers.value("sender name", fromName.strip(), MAX_NAME);
        fromAddress = fromAddress == null || fromAddress.isBlank() ? null : Headers.address("sender", fromAddress);
        if (subject == null || subject.isBlank()) {
            throw new InvalidEmailException("The subject is empty.");
        }
        subject = Headers.value("subject", subject.strip(), MAX_SUBJECT);
        if (textBody == null || textBody.length() > MAX_TEXT) {
            throw new InvalidEmailException("The text body is missing or longer than " + MAX_TEXT + " characters.");
        }
        if (htmlBody != null && htmlBody.length() > MAX_HTML) {
            throw new InvalidEmailException("The HTML body is longer than " + MAX_HTML + " characters.");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingEmail(String to, String fromName, String fromAddress, String subject, String textBody,
            String htmlBody, UUID workspaceId, UUID requestedBy) {
        this(to, fromName, fromAddress, subject, textBody, htmlBody, workspaceId, requestedBy, null, List.of());
    }

    /** Whether {@code address} would be accepted as a recipient or sender: one bare address, no line breaks. */
    public static boolean isValidAddress(String address) {
        try {
            Headers.address("", address);
            return true;
        } catch (InvalidEmailException e) {
            return false;
        }
    }

    /** A plain-text message from the installation's sender, for no workspace in particular. */
    public static OutgoingEmail text(String to, String subject, String textBody) {
        return new OutgoingEmail(to, "", null, subject, textBody, null, null, null);
    }

    public OutgoingEmail withHtml(String html) {
        return new OutgoingEmail(to, fromName, fromAddress, subject, textBody, html, workspaceId, requestedBy, replyTo,
                attachments);
    }

    public OutgoingEmail from(String name, String address) {
        return new OutgoingEmail(to, name, address, subject, textBody, htmlBody, workspaceId, requestedBy, replyTo,
                attachments);
    }

    public OutgoingEmail sentFor(UUID workspace, UUID requester) {
        return new OutgoingEmail(to, fromName, fromAddress, subject, textBody, htmlBody, workspace, requester, replyTo,
                attachments);
    }

    /** Replies go to this one bare address; anything else is refused as the recipient is. */
    public OutgoingEmail replyingTo(String address) {
        return new OutgoingEmail(to, fromName, fromAddress, subject, textBody, htmlBody, workspaceId, requestedBy,
                address, attachments);
    }

    public OutgoingEmail attach(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingEmail(to, fromName, fromAddress, subject, textBody, htmlBody, workspaceId, requestedBy,
                replyTo, all);
    }
}
