package org.convoca.events.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supporters' offers to host events in campaigns, and the secrets of the hosts' management links: like a
 * registration's cancel link, 32 random bytes, but only their SHA-256 is kept, so the database alone cannot open
 * anyone's event. Every method is scoped to one workspace, except finding an offer by its link.
 */
@Repository
public class Hostings {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_LENGTH = 43;

    private final JdbcClient jdbc;

    Hostings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event is an offer staff have not approved, which no public page may show. */
    public boolean isHeld(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_hostings WHERE workspace_id = ? AND event_id = ? "
                + "AND status <> 'approved'").params(workspaceId, eventId).query(Long.class).single() > 0;
    }

    /** Of these events, the offers waiting for approval, each event with its campaign. */
    public Map<UUID, UUID> waiting(UUID workspaceId, Collection<UUID> eventIds) {
        Map<UUID, UUID> waiting = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("SELECT event_id, campaign_id FROM event_hostings WHERE workspace_id = :w AND status = 'pending' "
                    + "AND event_id IN (:ids)").param("w", workspaceId).param("ids", List.copyOf(eventIds))
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                    .forEach(e -> waiting.put(e.getKey(), e.getValue()));
        }
        return waiting;
    }

    void insert(Hosting h) {
        jdbc.sql("INSERT INTO event_hostings (event_id, workspace_id, campaign_id, person_id, status, language, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").params(h.eventId(), h.workspaceId(), h.campaignId(),
                h.personId(), h.status().wire(), h.language(), Campaigns.utc(h.createdAt())).update();
    }

    public Optional<Hosting> find(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT * FROM event_hostings WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(Hostings::map).optional();
    }

    /** The offers of a campaign in one state, oldest first. */
    List<Hosting> of(Campaign c, Hosting.Status status, int limit) {
        return jdbc.sql("SELECT * FROM event_hostings WHERE workspace_id = ? AND campaign_id = ? AND status = ? "
                        + "ORDER BY created_at, event_id FETCH FIRST ? ROWS ONLY")
                .params(c.workspaceId(), c.id(), status.wire(), limit).query(Hostings::map).list();
    }

    /** Moves an offer from pending to approved or declined; false if it was no longer pending. */
    boolean decide(Hosting h, Hosting.Status status, String reason) {
        return jdbc.sql("UPDATE event_hostings SET status = ?, decline_reason = ?, decided_at = ? "
                        + "WHERE workspace_id = ? AND event_id = ? AND status = 'pending'")
                .params(status.wire(), reason, Campaigns.utc(Instant.now()), h.workspaceId(), h.eventId())
                .update() == 1;
    }

    /** A new management link for the offer; any earlier one stops working. */
    String newToken(Hosting h) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("UPDATE event_hostings SET token_hash = ? WHERE workspace_id = ? AND event_id = ?")
                .params(hash(token), h.workspaceId(), h.eventId()).update();
        return token;
    }

    /** The approved offer a management link opens, if the link is whole and the offer belongs to this workspace. */
    Optional<Hosting> findByToken(UUID workspaceId, String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM event_hostings WHERE workspace_id = ? AND token_hash = ? AND status = 'approved'")
                .params(workspaceId, hash(token)).query(Hostings::map).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hosting map(ResultSet rs, int n) throws SQLException {
        return new Hosting(rs.getObject("event_id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getObject("person_id", UUID.class),
                Hosting.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("language"),
                rs.getString("decline_reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
