package org.convoca.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * An action of another workspace that this one co-sponsors, as its staff see it: the title, who runs it, its total
 * (signatures, submissions, letters sent or signatories) and how many people opted in to this workspace. Nothing
 * about anyone who did not opt in.
 *
 * @param published false while a draft, which has no public page to link to
 */
public record CoSponsoredAction(UUID id, String title, String ownerName, String ownerSlug, String slug,
        boolean published, long total, long optIns) {

    /**
     * Reads a row with the columns {@code id, title, owner_name, owner_slug, slug, status, total, opt_ins}; every
     * kind of action calls its first status {@code draft}.
     */
    public static CoSponsoredAction map(ResultSet rs, int row) throws SQLException {
        return new CoSponsoredAction(rs.getObject("id", UUID.class), rs.getString("title"),
                rs.getString("owner_name"), rs.getString("owner_slug"), rs.getString("slug"),
                !"draft".equals(rs.getString("status")), rs.getLong("total"), rs.getLong("opt_ins"));
    }
}
