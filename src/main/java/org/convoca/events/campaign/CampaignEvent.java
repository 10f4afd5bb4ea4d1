package org.convoca.events.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An event of a campaign as anyone may see it: whose it is, its public address, title in the reader's language,
 * time, and the place parts campaigns group and search by. Nothing about who registered.
 */
public record CampaignEvent(UUID eventId, UUID workspaceId, String workspaceSlug, String workspaceName, String slug,
        String title, Instant startsAt, Instant endsAt, String timeZone, boolean virtual, String status,
        String visibility, String region, String locality, String postalCode) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String path() {
        return "/" + workspaceSlug + "/events/" + slug;
    }
}
