package org.convoca.actions.forms;

import java.time.Instant;
import java.util.UUID;

/** One person's submission of one form; its answers are read with {@link Submissions#answers}. */
public record Submission(UUID id, UUID workspaceId, UUID formId, UUID personId, String language, String source,
        Instant createdAt, Instant modifiedAt) {
}
