package org.convoca.workspace;

import java.time.Instant;
import java.util.UUID;

/** One member organization's space: its people, actions and settings are seen by no other. */
public record Workspace(UUID id, String slug, String name, String postalAddress, String defaultLanguage,
        String timeZone, String senderName, String senderEmail, Instant createdAt) {
}
