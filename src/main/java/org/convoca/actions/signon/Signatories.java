package org.convoca.actions.signon;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A letter's signatories as the public sees them, and its organizations as staff see them. An organization is
 * listed under the spelling staff chose, else under the earliest spelling it signed with; a letter has hundreds
 * or a few thousand signatories, so the list is put together and ordered here rather than in SQL.
 */
@Repository
public class Signatories {

    private final JdbcClient jdbc;

    Signatories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The approved signatories in public order: organizations by {@link SignatoryOrder}, then individuals. */
    public List<Signatory> listed(UUID workspaceId, UUID letterId) {
        Map<UUID, List<String[]>> orgs = new LinkedHashMap<>();
        Map<UUID, String> chosen = new LinkedHashMap<>();
        List<Signatory> people = new ArrayList<>();
        jdbc.sql("""
                SELECT s.id, s.listing_id, s.org_name, s.locality, s.region, s.scope, s.signer_name, s.signer_title,
                s.affiliation, l.chosen_name FROM signon_signatures s LEFT JOIN signon_listings l ON l.id = s.listing_id
                WHERE s.workspace_id = ? AND s.letter_id = ? AND s.status = 'approved' ORDER BY s.created_at, s.id""")
                .params(workspaceId, letterId).query((ResultSet rs) -> {
                    UUID listing = rs.getObject(2, UUID.class);
                    if (listing == null) {
                        people.add(new Signatory(rs.getObject(1, UUID.class), false, rs.getString(7), List.of(), "",
                                "", "", rs.getString(8), rs.getString(9)));
                    } else {
                        orgs.computeIfAbsent(listing, k -> new ArrayList<>()).add(new String[] {rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)});
                        if (rs.getString(10) != null) {
                            chosen.put(listing, rs.getString(10));
                        }
                    }
                });
        List<Signatory> result = new ArrayList<>();
        orgs.forEach((id, rows) -> {
            String name = chosen.getOrDefault(id, rows.getFirst()[0]);
            List<String> aliases = rows.stream().map(r -> r[0]).distinct().filter(n -> !n.equals(name)).toList();
            result.add(new Signatory(id, true, name, aliases, first(rows, 1), first(rows, 2), first(rows, 3), "", ""));
        });
        result.sort(Comparator.comparing(Signatory::name, SignatoryOrder.INSTANCE));
        people.sort(Comparator.comparing(Signatory::name, SignatoryOrder.INSTANCE));
        result.addAll(people);
        return result;
    }

    /** The letter's organizations with every spelling not rejected, oldest first. */
    public List<Listing> listings(UUID workspaceId, UUID letterId) {
        return listings(workspaceId, letterId, null);
    }

    public Optional<Listing> listing(UUID workspaceId, UUID letterId, UUID id) {
        return listings(workspaceId, letterId, id).stream().findFirst();
    }

    private List<Listing> listings(UUID workspaceId, UUID letterId, UUID only) {
        Map<UUID, List<String>> spellings = new LinkedHashMap<>();
        Map<UUID, Listing> found = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT l.id, l.chosen_name, l.created_at, s.org_name, s.status FROM signon_listings l
                JOIN signon_signatures s ON s.listing_id = l.id
                WHERE l.workspace_id = ? AND l.letter_id = ?""" + (only == null ? "" : " AND l.id = ?")
                        + " ORDER BY l.created_at, l.id, s.created_at, s.id")
                .params(only == null ? List.of(workspaceId, letterId) : List.of(workspaceId, letterId, only))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<String> names = spellings.computeIfAbsent(id, k -> new ArrayList<>());
                    boolean rejected = "rejected".equals(rs.getString(5));
                    if (!rejected && !names.contains(rs.getString(4))) {
                        names.add(rs.getString(4));
                    }
                    Listing old = found.get(id);
                    found.put(id, new Listing(id, rs.getString(2), rs.getString(2) != null, List.of(),
                            old == null ? 1 : old.signatures() + 1, SignonLetters.instant(rs, "created_at")));
                });
        return found.values().stream().map(l -> {
            List<String> names = spellings.get(l.id());
            String name = l.chosen() ? l.name() : names.isEmpty() ? "" : names.getFirst();
            return new Listing(l.id(), name, l.chosen(), names, l.signatures(), l.createdAt());
        }).toList();
    }

    /** Lists the organization under one of the spellings it signed with; false if it has no such spelling. */
    public boolean choose(UUID workspaceId, UUID letterId, UUID listingId, String spelling) {
        return jdbc.sql("""
                UPDATE signon_listings SET chosen_name = ? WHERE workspace_id = ? AND letter_id = ? AND id = ?
                AND EXISTS (SELECT 1 FROM signon_signatures s WHERE s.listing_id = signon_listings.id
                AND s.org_name = ?)""").params(spelling, workspaceId, letterId, listingId, spelling).update() == 1;
    }

    private static String first(List<String[]> rows, int column) {
        return rows.stream().map(r -> r[column]).filter(v -> !v.isEmpty()).findFirst().orElse("");
    }
}
