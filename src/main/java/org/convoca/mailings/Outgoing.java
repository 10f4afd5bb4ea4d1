package org.convoca.mailings;

import java.util.UUID;

/**
 * One personalized message ready for the wire: its envelope, the headers only Convoca sets, and its parts.
 * Every value was checked or escaped for its header when the mailing was saved or the message rendered; the body
 * is personalized when it is written out.
 */
record Outgoing(long recipientId, UUID mailingId, UUID workspaceId, UUID requestedBy, String to, String fromName,
        String fromAddress, String fromHeader, String replyTo, String listId, String messageId, String unsubscribeUrl,
        String unsubscribeMailto, String subject, CompiledVersion version, Recipient recipient) {

    /** The three parts as text, for the development mailbox and previews; sending writes them straight to bytes. */
    RenderedEmail parts() {
        return new RenderedEmail(subject, version.html().render(recipient), version.text().render(recipient));
    }
}
