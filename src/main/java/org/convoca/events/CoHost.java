package org.convoca.events;

import java.util.UUID;

/** A partner workspace co-hosting an event, and how many registrants opted in to hear from it. */
public record CoHost(UUID workspaceId, String slug, String name, long optIns) {
}
