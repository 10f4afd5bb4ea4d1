package org.convoca.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's static lists and the people on them. */
@Repository
public class Lists {

    public static final int NAME = 200;

    private final JdbcClient jdbc;

    Lists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonList> all(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM lists WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(Lists::map).list();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM lists WHERE workspace_id = ?").param(workspaceId).query(Long.class).single();
    }

    public Optional<PersonList> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM lists WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Lists::map).optional();
    }

    public Optional<PersonList> findByName(UUID workspaceId, String name) {
        return jdbc.sql("SELECT * FROM lists WHERE workspace_id = ? AND name = ?")
                .params(workspaceId, PersonLimits.clean(name)).query(Lists::map).optional();
    }

    /** The list with this name, created if the workspace has none yet. */
    @Transactional
    public PersonList ensure(UUID workspaceId, String name, String description) {
        String clean = PersonLimits.clean(name);
        if (clean.isEmpty() || clean.length() > NAME) {
            throw new IllegalArgumentException("A list name needs 1 to " + NAME + " characters.");
        }
        return findByName(workspaceId, clean).orElseGet(() -> {
            Instant now = People.now();
            PersonList list = new PersonList(Ids.newId(), clean, PersonLimits.clean(description), now, now);
            jdbc.sql("""
                    INSERT INTO lists (id, workspace_id, name, description, created_at, modified_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(list.id(), workspaceId, clean, list.description(), People.utc(now), People.utc(now))
                    .update();
            return list;
        });
    }

    /** Adds the person to the list; adding someone twice changes nothing. */
    @Transactional
    public ListItem add(UUID workspaceId, UUID listId, UUID personId) {
        return jdbc.sql("SELECT * FROM list_items WHERE workspace_id = ? AND list_id = ? AND person_id = ?")
                .params(workspaceId, listId, personId).query(Lists::mapItem).optional().orElseGet(() -> {
                    ListItem item = new ListItem(Ids.newId(), listId, personId, People.now());
                    jdbc.sql("""
                            INSERT INTO list_items (id, workspace_id, list_id, person_id, created_at)
                            VALUES (?, ?, ?, ?, ?)""")
                            .params(item.id(), workspaceId, listId, personId, People.utc(item.createdAt())).update();
                    return item;
                });
    }

    public boolean remove(UUID workspaceId, UUID listId, UUID personId) {
        return jdbc.sql("DELETE FROM list_items WHERE workspace_id = ? AND list_id = ? AND person_id = ?")
                .params(workspaceId, listId, personId).update() > 0;
    }

    public List<ListItem> items(UUID workspaceId, UUID listId, long offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM list_items WHERE workspace_id = ? AND list_id = ? ORDER BY created_at, id
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
                .params(workspaceId, listId, offset, limit).query(Lists::mapItem).list();
    }

    public Optional<ListItem> findItem(UUID workspaceId, UUID itemId) {
        return jdbc.sql("SELECT * FROM list_items WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, itemId).query(Lists::mapItem).optional();
    }

    public long countItems(UUID workspaceId, UUID listId) {
        return jdbc.sql("SELECT COUNT(*) FROM list_items WHERE workspace_id = ? AND list_id = ?")
                .params(workspaceId, listId).query(Long.class).single();
    }

    public List<PersonList> of(UUID workspaceId, UUID personId) {
        return jdbc.sql("""
                SELECT l.* FROM lists l JOIN list_items i ON i.list_id = l.id
                WHERE i.workspace_id = ? AND i.person_id = ? ORDER BY l.name""")
                .params(workspaceId, personId).query(Lists::map).list();
    }

    /** Renames a list; false when no such list. Names stay unique, so an existing name is refused. */
    @Transactional
    public boolean rename(UUID workspaceId, UUID listId, String name) {
        String clean = PersonLimits.clean(name);
        if (clean.isEmpty() || clean.length() > NAME || clean.contains("\n")) {
            throw new IllegalArgumentException("A list name needs 1 to " + NAME + " characters on one line.");
        }
        findByName(workspaceId, clean).filter(other -> !other.id().equals(listId)).ifPresent(other -> {
            throw new IllegalArgumentException("A list named \"" + clean + "\" already exists.");
        });
        return jdbc.sql("UPDATE lists SET name = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(clean, People.utc(People.now()), workspaceId, listId).update() > 0;
    }

    /** Deletes a list; the people on it stay, only their membership goes. */
    public boolean delete(UUID workspaceId, UUID listId) {
        return jdbc.sql("DELETE FROM lists WHERE workspace_id = ? AND id = ?").params(workspaceId, listId)
                .update() > 0;
    }

    /** How many people are on each of these lists. */
    public Map<UUID, Long> counts(UUID workspaceId, Collection<UUID> listIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!listIds.isEmpty()) {
            jdbc.sql("""
                    SELECT list_id, COUNT(*) FROM list_items WHERE workspace_id = :ws AND list_id IN (:ids)
                    GROUP BY list_id""")
                    .param("ws", workspaceId).param("ids", listIds)
                    .query((ResultSet rs) -> {
                        counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    });
        }
        return counts;
    }

    private static PersonList map(ResultSet rs, int row) throws SQLException {
        return new PersonList(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static ListItem mapItem(ResultSet rs, int row) throws SQLException {
        return new ListItem(rs.getObject("id", UUID.class), rs.getObject("list_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
