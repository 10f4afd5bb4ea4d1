package org.convoca.events.followup;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A follow-up message after an event, to everyone registered or to those who came only, with its subject and
 * Markdown body per language, and how many people it has reached so far.
 */
public record FollowUp(UUID id, UUID workspaceId, UUID eventId, Audience audience, String createdBy,
        Instant createdAt, Map<String, Text> texts, long sent) {

    /** Who receives it. */
    public enum Audience {
        REGISTRANTS, ATTENDEES;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Audience parse(String s) {
            return "attendees".equals(s) ? ATTENDEES : REGISTRANTS;
        }
    }

    /** The message in one language. */
    public record Text(String language, String subject, String body) {
    }

    /** The text in this language, or else in the first language it was written in. */
    public Text text(String language) {
        Text t = texts.get(language);
        return t != null ? t : texts.values().iterator().next();
    }
}
