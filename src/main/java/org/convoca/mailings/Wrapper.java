package org.convoca.mailings;

import java.time.Instant;
import java.util.UUID;

/** A workspace's look for its newsletters: the band at the top (a logo or a name), an accent color, a footer note. */
public record Wrapper(UUID id, UUID workspaceId, String name, String headerText, UUID logoImageId, String accentColor,
        String footerText, Instant createdAt, Instant modifiedAt) {

    public static final String DEFAULT_ACCENT = "#0b6e4f";

    /** The look of a mailing without a wrapper: the workspace's name on the default color. */
    static Wrapper plain(String workspaceName) {
        return new Wrapper(null, null, "", workspaceName, null, DEFAULT_ACCENT, "", null, null);
    }
}
