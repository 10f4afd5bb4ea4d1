package org.convoca.api;

import java.util.UUID;

/**
 * Who is calling: the workspace whose API key came with the request. A controller that takes one as a parameter
 * answers 401 to a request without a valid key, so it never runs for an anonymous caller.
 */
public record ApiCaller(UUID workspaceId) {
}
