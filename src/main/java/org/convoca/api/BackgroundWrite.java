package org.convoca.api;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A write that a client may ask to run later with {@code background_request=true}. The module that owns the
 * resource declares one as a bean, doing what its synchronous endpoint does, and the background queue runs it
 * with the same body.
 *
 * @param name stored with each queued request: renaming a write strands the requests queued under the old name
 */
public record BackgroundWrite(String name, Work work) {

    /** Does the write; an {@link ApiException} means the request itself was wrong and is not retried. */
    @FunctionalInterface
    public interface Work {
        void perform(UUID workspaceId, List<String> pathIds, JsonNode body);
    }
}
