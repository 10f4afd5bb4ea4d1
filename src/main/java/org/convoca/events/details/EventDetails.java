package org.convoca.events.details;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The parts of each event's place and its instructions. Every method is scoped to one workspace. */
@Repository
public class EventDetails {

    private final JdbcClient jdbc;

    EventDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Details> find(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT * FROM event_details WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId)
                .query((rs, n) -> new Details(rs.getString("venue"), rs.getString("address_lines"),
                        rs.getString("locality"), rs.getString("region"), rs.getString("postal_code"),
                        rs.getString("country"), rs.getString("instructions")))
                .optional();
    }

    public Details of(UUID workspaceId, UUID eventId) {
        return find(workspaceId, eventId).orElse(Details.NONE);
    }

    /** Saves the details of an event the caller has checked belongs to the workspace. */
    @Transactional
    public void save(UUID workspaceId, UUID eventId, Details d) {
        jdbc.sql("DELETE FROM event_details WHERE workspace_id = ? AND event_id = ?").params(workspaceId, eventId)
                .update();
        jdbc.sql("""
                INSERT INTO event_details (event_id, workspace_id, venue, address_lines, locality, region, postal_code,
                country, instructions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventId, workspaceId, d.venue(), d.addressLines(), d.locality(), d.region(), d.postalCode(),
                        d.country(), d.instructions()).update();
    }
}
