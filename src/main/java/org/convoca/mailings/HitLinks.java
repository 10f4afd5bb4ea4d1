package org.convoca.mailings;

import java.util.UUID;

/**
 * One recipient's addresses in a tracked message: a signed click address per link and the open pixel's. The
 * tokens name the link by its number in the mailing, so nothing is stored per link per recipient.
 */
record HitLinks(String baseUrl, SignedLinks links, UUID workspaceId, UUID mailingId, UUID personId) {

    String click(int link) {
        return baseUrl + "/t/c/" + links.hitToken(workspaceId, personId, mailingId, link);
    }

    String open() {
        return baseUrl + "/t/o/" + links.hitToken(workspaceId, personId, mailingId, SignedLinks.OPEN) + ".gif";
    }
}
