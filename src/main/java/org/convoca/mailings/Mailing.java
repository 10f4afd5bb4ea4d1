package org.convoca.mailings;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A newsletter: who it is from, whom it is for, its versions by language, and how its sending went.
 * Empty sender fields mean the workspace's own sender name and address.
 */
public record Mailing(UUID id, UUID workspaceId, String name, String fromName, String fromAddress, String replyTo,
        UUID wrapperId, Audience audience, MailingStatus status, Instant scheduledAt, Instant startedAt,
        Instant finishedAt, Progress progress, UUID requestedBy, Instant createdAt, Instant modifiedAt,
        Map<String, MailingVersion> versions) {

    /** Counts kept as the send goes, for the progress bar. */
    public record Progress(long recipients, long sent, long failed, long skipped) {
        public static final Progress NONE = new Progress(0, 0, 0, 0);

        public long done() {
            return sent + failed + skipped;
        }

        public int percent() {
            return recipients == 0 ? 0 : (int) Math.min(100, done() * 100 / recipients);
        }
    }

    public Mailing {
        name = name == null ? "" : name;
        fromName = fromName == null ? "" : fromName;
        fromAddress = fromAddress == null ? "" : fromAddress;
        replyTo = replyTo == null ? "" : replyTo;
        audience = audience == null ? Audience.NOBODY : audience;
        progress = progress == null ? Progress.NONE : progress;
        versions = versions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(versions));
    }

    /** A new draft with only a name; the repository gives it its identifier and dates. */
    public static Mailing draft(String name) {
        return new Mailing(null, null, name, "", "", "", null, Audience.NOBODY, MailingStatus.DRAFT, null, null, null,
                null, null, null, null, Map.of());
    }

    public Mailing withSender(String newFromName, String newFromAddress, String newReplyTo) {
        return new Mailing(id, workspaceId, name, newFromName, newFromAddress, newReplyTo, wrapperId, audience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, versions);
    }

    public Mailing withName(String newName) {
        return new Mailing(id, workspaceId, newName, fromName, fromAddress, replyTo, wrapperId, audience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, versions);
    }

    public Mailing withWrapper(UUID newWrapperId) {
        return new Mailing(id, workspaceId, name, fromName, fromAddress, replyTo, newWrapperId, audience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, versions);
    }

    public Mailing withAudience(Audience newAudience) {
        return new Mailing(id, workspaceId, name, fromName, fromAddress, replyTo, wrapperId, newAudience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, versions);
    }

    public Mailing withVersion(MailingVersion version) {
        Map<String, MailingVersion> all = new TreeMap<>(versions);
        all.put(version.language(), version);
        return new Mailing(id, workspaceId, name, fromName, fromAddress, replyTo, wrapperId, audience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, all);
    }

    public Mailing withoutVersion(String language) {
        Map<String, MailingVersion> all = new TreeMap<>(versions);
        all.remove(language);
        return new Mailing(id, workspaceId, name, fromName, fromAddress, replyTo, wrapperId, audience, status,
                scheduledAt, startedAt, finishedAt, progress, requestedBy, createdAt, modifiedAt, all);
    }
}
