package org.convoca.events.campaign;

import java.util.UUID;

/** A partner workspace invited to add its own events to a campaign. */
public record Host(UUID workspaceId, String slug, String name) {
}
