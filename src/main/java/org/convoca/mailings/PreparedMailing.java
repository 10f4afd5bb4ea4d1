package org.convoca.mailings;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convoca.workspace.Workspace;

/**
 * A mailing compiled once per language for a send (or a preview): who it is from, what identifies its list, and
 * how to make one recipient's message. {@code tracked} holds the numbered links of a tracked mailing, else null.
 */
record PreparedMailing(Mailing mailing, Workspace workspace, Map<String, CompiledVersion> versions, String fromName,
        String fromAddress, String fromHeader, String replyTo, String listId, String domain, Set<String> fields, String baseUrl,
        String unsubscribeMailbox, SignedLinks links, TrackedLinks tracked) {

    /** The version a recipient gets: their language's, else the workspace default's, else any. */
    CompiledVersion version(String language) {
        CompiledVersion v = versions.get(language);
        if (v == null) {
            v = versions.get(workspace.defaultLanguage());
        }
        return v != null ? v : versions.values().iterator().next();
    }

    String fallbackLanguage() {
        return versions.containsKey(workspace.defaultLanguage()) ? workspace.defaultLanguage()
                : versions.keySet().iterator().next();
    }

    /** One person's message; {@code personId} may be a made-up id for a test or preview. */
    Outgoing outgoing(long recipientId, UUID personId, String language, Recipient recipient) {
        String token = links.token(workspace.id(), personId, mailing.id());
        CompiledVersion version = version(language);
        String base = baseUrl + "/" + workspace.slug();
        Recipient withLinks = recipient.withLinks(base + "/unsubscribe/" + token, base + "/preferences/" + token,
                base + "/newsletters/" + mailing.id() + "?lang=" + version.language() + "&r=" + token,
                tracked == null ? null : new HitLinks(baseUrl, links, workspace.id(), mailing.id(), personId));
        return new Outgoing(recipientId, mailing.id(), workspace.id(), mailing.requestedBy(), recipient.email(),
                fromName, fromAddress, fromHeader, replyTo, listId,
                "<" + mailing.id() + "." + recipientId + "@" + domain + ">", withLinks.unsubscribeUrl(),
                "mailto:" + unsubscribeMailbox + "?subject=unsubscribe%20" + token,
                version.subject().render(withLinks), version, withLinks);
    }
}
