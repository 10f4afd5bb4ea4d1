package org.convoca.mailings;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Compiles mailings for sending and previewing, with the workspace's sender identity filled in where empty. */
@Component
class Preparer {

    private final Workspaces workspaces;
    private final Wrappers wrappers;
    private final MessageSource messages;
    private final SignedLinks links;
    private final Clicks clicks;
    private final String baseUrl;
    private final String unsubscribeMailbox;
    private final String installationFrom;

    Preparer(Workspaces workspaces, Wrappers wrappers, MessageSource messages, SignedLinks links, Clicks clicks,
            @Value("${convoca.base-url}") String baseUrl,
            @Value("${convoca.mailings.unsubscribe-mailbox:}") String unsubscribeMailbox,
            @Value("${convoca.mail.from:convoca@localhost}") String installationFrom) {
        this.workspaces = workspaces;
        this.wrappers = wrappers;
        this.messages = messages;
        this.links = links;
        this.clicks = clicks;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.unsubscribeMailbox = unsubscribeMailbox.strip();
        this.installationFrom = installationFrom.strip();
    }

    /** Tracked when the mailing started sending with its workspace tracking opens and clicks. */
    PreparedMailing prepare(Mailing m) {
        return prepare(m, m.id() != null && clicks.tracked(m.workspaceId(), m.id()));
    }

    /** {@code tracked} false: as if it were not, for the public web version, which anyone may open. */
    PreparedMailing prepare(Mailing m, boolean tracked) {
        TrackedLinks trackedLinks = tracked ? new TrackedLinks() : null;
        Workspace w = workspaces.findById(m.workspaceId()).orElseThrow();
        Wrapper wrapper = m.wrapperId() == null ? null : wrappers.find(w.id(), m.wrapperId()).orElse(null);
        if (wrapper == null) {
            wrapper = Wrapper.plain(w.name());
        }
        Map<String, CompiledVersion> versions = new HashMap<>();
        Set<String> fields = new HashSet<>();
        for (MailingVersion v : m.versions().values()) {
            Locale locale = Locale.forLanguageTag(v.language());
            Letterhead letterhead = new Letterhead(baseUrl, w.slug(), w.name(), w.postalAddress(), wrapper,
                    key -> messages.getMessage(key, null, key, locale));
            CompiledVersion compiled = Composer.compile(letterhead, v, trackedLinks);
            versions.put(v.language(), compiled);
            fields.addAll(compiled.fieldNames());
        }
        fields.removeAll(MergeFields.STANDARD);
        String fromAddress = !m.fromAddress().isEmpty() ? m.fromAddress()
                : !w.senderEmail().isBlank() ? w.senderEmail() : installationFrom;
        String fromName = !m.fromName().isEmpty() ? m.fromName() : !w.senderName().isBlank() ? w.senderName() : w.name();
        String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        String host = URI.create(baseUrl).getHost();
        String listId = MimeWriter.encode(w.name()).replace("\r\n ", " ") + " <" + w.slug() + ".newsletter."
                + (host == null || host.isBlank() ? domain : host) + ">";
        return new PreparedMailing(m, w, versions, fromName, fromAddress, MimeWriter.address(fromAddress, fromName),
                m.replyTo(), listId, domain, fields, baseUrl,
                unsubscribeMailbox.isEmpty() ? fromAddress : unsubscribeMailbox, links, trackedLinks);
    }

    String baseUrl() {
        return baseUrl;
    }
}
