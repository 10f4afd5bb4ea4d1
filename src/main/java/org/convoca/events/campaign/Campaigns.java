package org.convoca.events.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Event campaigns, the partner workspaces each invites, and the events that joined. The owner decides who hosts;
 * a host adds and removes only its own events, and sees of the others only what the public page shows.
 */
@Repository
public class Campaigns {

    /** How many events a campaign lists at most. */
    public static final int MAX_EVENTS = 2000;

    private static final String EVENTS = """
            SELECT e.id, e.workspace_id, w.slug AS ws_slug, w.name AS ws_name, e.slug, COALESCE(t.title, d.title, '')
              AS title, e.starts_at, e.ends_at, e.time_zone, e.join_url, e.status, e.visibility,
              COALESCE(x.region, '') AS region, COALESCE(x.locality, '') AS locality,
              COALESCE(x.postal_code, '') AS postal_code
            FROM event_campaign_events c JOIN events e ON e.id = c.event_id AND e.workspace_id = c.workspace_id
            JOIN workspaces w ON w.id = e.workspace_id
            LEFT JOIN event_texts t ON t.event_id = e.id AND t.language = :lang
            LEFT JOIN event_texts d ON d.event_id = e.id AND d.language = e.default_language
            LEFT JOIN event_details x ON x.event_id = e.id AND x.workspace_id = e.workspace_id
            WHERE c.campaign_id = :c AND NOT EXISTS (SELECT 1 FROM event_hostings h WHERE h.event_id = e.id
              AND h.status <> 'approved')""";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Campaign create(UUID workspaceId, String slug, String defaultLanguage, Map<String, Campaign.Text> texts) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID id = Ids.newId();
        String free = slug;
        for (int n = 2; findBySlug(workspaceId, free).isPresent(); n++) {
            free = (slug.length() > 70 ? slug.substring(0, 70) : slug) + "-" + n;
        }
        jdbc.sql("INSERT INTO event_campaigns (id, workspace_id, slug, default_language, created_at, modified_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(id, workspaceId, free, defaultLanguage, utc(now), utc(now))
                .update();
        texts.forEach((language, t) -> jdbc.sql("INSERT INTO event_campaign_texts (campaign_id, workspace_id, "
                + "language, title, description) VALUES (?, ?, ?, ?, ?)").params(id, workspaceId, language,
                t.title(), t.description()).update());
        return new Campaign(id, workspaceId, free, defaultLanguage, texts, now, now);
    }

    /** Replaces the campaign's texts; its address stays, so links already shared keep working. */
    @Transactional
    public void update(Campaign c, Map<String, Campaign.Text> texts) {
        jdbc.sql("DELETE FROM event_campaign_texts WHERE workspace_id = ? AND campaign_id = ?")
                .params(c.workspaceId(), c.id()).update();
        texts.forEach((language, t) -> jdbc.sql("INSERT INTO event_campaign_texts (campaign_id, workspace_id, "
                + "language, title, description) VALUES (?, ?, ?, ?, ?)").params(c.id(), c.workspaceId(), language,
                t.title(), t.description()).update());
        jdbc.sql("UPDATE event_campaigns SET default_language = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(texts.containsKey(c.defaultLanguage()) ? c.defaultLanguage() : texts.keySet().iterator().next(),
                        utc(Instant.now()), c.workspaceId(), c.id()).update();
    }

    /** A campaign of this workspace. */
    public Optional<Campaign> find(UUID workspaceId, UUID id) {
        return one(jdbc.sql("SELECT * FROM event_campaigns WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Campaigns::map).list());
    }

    public Optional<Campaign> findBySlug(UUID workspaceId, String slug) {
        return one(jdbc.sql("SELECT * FROM event_campaigns WHERE workspace_id = ? AND slug = ?")
                .params(workspaceId, slug).query(Campaigns::map).list());
    }

    /** A campaign this workspace owns or was invited to host events in. */
    public Optional<Campaign> findVisibleTo(UUID workspaceId, UUID id) {
        return one(jdbc.sql("SELECT c.* FROM event_campaigns c WHERE c.id = ? AND (c.workspace_id = ? OR EXISTS "
                        + "(SELECT 1 FROM event_campaign_hosts h WHERE h.campaign_id = c.id AND h.host_id = ?))")
                .params(id, workspaceId, workspaceId).query(Campaigns::map).list());
    }

    /** The workspace's own campaigns, newest first. */
    public List<Campaign> ownedBy(UUID workspaceId, long offset, int limit) {
        return complete(jdbc.sql("SELECT * FROM event_campaigns WHERE workspace_id = ? ORDER BY created_at DESC, id "
                + "DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(workspaceId, offset, limit)
                .query(Campaigns::map).list());
    }

    public long countOwnedBy(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_campaigns WHERE workspace_id = ?").params(workspaceId)
                .query(Long.class).single();
    }

    /** Other workspaces' campaigns this one was invited to, newest first. */
    public List<Campaign> hostedBy(UUID workspaceId, int limit) {
        return complete(jdbc.sql("SELECT c.* FROM event_campaigns c JOIN event_campaign_hosts h ON h.campaign_id = c.id "
                + "WHERE h.host_id = ? ORDER BY c.created_at DESC, c.id DESC FETCH FIRST ? ROWS ONLY")
                .params(workspaceId, limit).query(Campaigns::map).list());
    }

    public List<Host> hosts(Campaign c) {
        return jdbc.sql("SELECT w.id, w.slug, w.name FROM event_campaign_hosts h JOIN workspaces w ON w.id = h.host_id "
                        + "WHERE h.workspace_id = ? AND h.campaign_id = ? ORDER BY w.name, w.id")
                .params(c.workspaceId(), c.id())
                .query((rs, n) -> new Host(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    /** Invites a partner workspace; inviting twice changes nothing. */
    @Transactional
    public void invite(Campaign c, UUID hostId) {
        if (hostId.equals(c.workspaceId())) {
            throw new IllegalArgumentException("A workspace hosts its own campaign already.");
        }
        if (hosts(c).stream().noneMatch(h -> h.workspaceId().equals(hostId))) {
            jdbc.sql("INSERT INTO event_campaign_hosts (campaign_id, workspace_id, host_id, created_at) "
                    + "VALUES (?, ?, ?, ?)").params(c.id(), c.workspaceId(), hostId, utc(Instant.now())).update();
        }
    }

    /** Withdraws the invitation, and the partner's events leave the campaign with it. */
    @Transactional
    public void uninvite(Campaign c, UUID hostId) {
        jdbc.sql("DELETE FROM event_campaign_hosts WHERE workspace_id = ? AND campaign_id = ? AND host_id = ?")
                .params(c.workspaceId(), c.id(), hostId).update();
        jdbc.sql("DELETE FROM event_campaign_events WHERE campaign_id = ? AND workspace_id = ?")
                .params(c.id(), hostId).update();
    }

    /** Whether this workspace may add its events: it owns the campaign or was invited. */
    public boolean mayHost(Campaign c, UUID workspaceId) {
        return c.workspaceId().equals(workspaceId) || hosts(c).stream().anyMatch(h -> h.workspaceId().equals(workspaceId));
    }

    /**
     * Adds an event of a workspace that may host; an event already in this or another campaign is moved here.
     *
     * @throws IllegalArgumentException if the event's workspace may not host in this campaign
     */
    @Transactional
    public void add(Campaign c, Event e) {
        if (!mayHost(c, e.workspaceId())) {
            throw new IllegalArgumentException("This workspace was not invited to the campaign.");
        }
        jdbc.sql("DELETE FROM event_campaign_events WHERE event_id = ? AND workspace_id = ?")
                .params(e.id(), e.workspaceId()).update();
        jdbc.sql("INSERT INTO event_campaign_events (event_id, campaign_id, workspace_id, added_at) VALUES (?, ?, ?, ?)")
                .params(e.id(), c.id(), e.workspaceId(), utc(Instant.now())).update();
    }

    /** Takes an event out: its own workspace may, and so may the campaign's owner. */
    public boolean remove(Campaign c, UUID byWorkspace, UUID eventId) {
        if (byWorkspace.equals(c.workspaceId())) {
            return jdbc.sql("DELETE FROM event_campaign_events WHERE campaign_id = ? AND event_id = ?")
                    .params(c.id(), eventId).update() > 0;
        }
        return jdbc.sql("DELETE FROM event_campaign_events WHERE campaign_id = ? AND event_id = ? AND workspace_id = ?")
                .params(c.id(), eventId, byWorkspace).update() > 0;
    }

    /** The campaign an event belongs to, if any: the event's workspace asks. */
    public Optional<UUID> campaignOf(UUID workspaceId, UUID eventId) {
        return jdbc.sql("SELECT campaign_id FROM event_campaign_events WHERE workspace_id = ? AND event_id = ?")
                .params(workspaceId, eventId).query(UUID.class).optional();
    }

    /**
     * Every event of the campaign, soonest first, titles in this language where written; events supporters
     * offered to host are here once staff approve them (see {@link Hostings}).
     */
    public List<CampaignEvent> events(Campaign c, String language) {
        return jdbc.sql(EVENTS + " ORDER BY e.starts_at, e.id FETCH FIRST " + MAX_EVENTS + " ROWS ONLY")
                .param("lang", language).param("c", c.id()).query(Campaigns::event).list();
    }

    /** What the public sees: listed events not cancelled and not over. */
    public List<CampaignEvent> publicEvents(Campaign c, String language, Instant now) {
        return jdbc.sql(EVENTS + " AND e.visibility = 'public' AND e.status <> 'cancelled' AND e.ends_at > :now "
                        + "ORDER BY e.starts_at, e.id FETCH FIRST " + MAX_EVENTS + " ROWS ONLY")
                .param("lang", language).param("c", c.id()).param("now", utc(now)).query(Campaigns::event).list();
    }

    public long count(Campaign c) {
        return jdbc.sql("SELECT COUNT(*) FROM event_campaign_events WHERE campaign_id = ?").param(c.id())
                .query(Long.class).single();
    }

    private Optional<Campaign> one(List<Campaign> found) {
        return complete(found).stream().findFirst();
    }

    private List<Campaign> complete(List<Campaign> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, Campaign.Text>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM event_campaign_texts WHERE campaign_id IN (:ids) ORDER BY language")
                .param("ids", found.stream().map(Campaign::id).toList()).query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new Campaign.Text(rs.getString("language"),
                                    rs.getString("title"), rs.getString("description")));
                });
        List<Campaign> result = new ArrayList<>();
        for (Campaign c : found) {
            result.add(new Campaign(c.id(), c.workspaceId(), c.slug(), c.defaultLanguage(),
                    texts.getOrDefault(c.id(), Map.of()), c.createdAt(), c.modifiedAt()));
        }
        return result;
    }

    private static Campaign map(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), rs.getString("default_language"), Map.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static CampaignEvent event(ResultSet rs, int n) throws SQLException {
        return new CampaignEvent(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("ws_slug"), rs.getString("ws_name"), rs.getString("slug"), rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("time_zone"),
                !rs.getString("join_url").isEmpty(), rs.getString("status"), rs.getString("visibility"),
                rs.getString("region"), rs.getString("locality"), rs.getString("postal_code"));
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
