package org.convoca.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message staff send after an event, to everyone who was registered or only to those who came, with a subject
 * and a Markdown body per language (empty when not written in that language).
 */
public record FollowUp(UUID id, UUID workspaceId, UUID eventId, Audience audience, String subjectEn, String bodyEn,
        String subjectEs, String bodyEs, Instant createdAt) {

    /** Who a follow-up goes to. */
    public enum Audience { REGISTERED, ATTENDED }

    public FollowUp {
        subjectEn = EventLimits.clean(subjectEn);
        subjectEs = EventLimits.clean(subjectEs);
        bodyEn = EventLimits.cleanBlock(bodyEn);
        bodyEs = EventLimits.cleanBlock(bodyEs);
    }

    /** The language to write to someone who reads {@code language}: theirs if written, else the other. */
    public String languageFor(String language) {
        boolean es = !subjectEs.isEmpty();
        boolean en = !subjectEn.isEmpty();
        return "es".equals(language) ? (es ? "es" : "en") : (en ? "en" : "es");
    }

    public String subject(String language) {
        return "es".equals(languageFor(language)) ? subjectEs : subjectEn;
    }

    public String body(String language) {
        return "es".equals(languageFor(language)) ? bodyEs : bodyEn;
    }
}
