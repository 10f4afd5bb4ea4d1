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

/** Each workspace's tags and which people carry them. Names are unique per workspace. */
@Repository
public class Tags {

    public static final int NAME = 200;

    private final JdbcClient jdbc;

    Tags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tag> all(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("SELECT * FROM tags WHERE workspace_id = ? ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(Tags::map).list();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM tags WHERE workspace_id = ?").param(workspaceId).query(Long.class).single();
    }

    public Optional<Tag> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM tags WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Tags::map).optional();
    }

    public Optional<Tag> findByName(UUID workspaceId, String name) {
        return jdbc.sql("SELECT * FROM tags WHERE workspace_id = ? AND name = ?")
                .params(workspaceId, PersonLimits.clean(name)).query(Tags::map).optional();
    }

    /** The tag with this name, created if the workspace has none yet. */
    @Transactional
    public Tag ensure(UUID workspaceId, String name) {
        String clean = PersonLimits.clean(name);
        if (clean.isEmpty() || clean.length() > NAME) {
            throw new IllegalArgumentException("A tag name needs 1 to " + NAME + " characters.");
        }
        return findByName(workspaceId, clean).orElseGet(() -> {
            Instant now = People.now();
            Tag tag = new Tag(Ids.newId(), clean, now, now);
            jdbc.sql("INSERT INTO tags (id, workspace_id, name, created_at, modified_at) VALUES (?, ?, ?, ?, ?)")
                    .params(tag.id(), workspaceId, clean, People.utc(now), People.utc(now)).update();
            return tag;
        });
    }

    /** Puts the tag on the person; tagging someone twice changes nothing and returns the first tagging. */
    @Transactional
    public Tagging tag(UUID workspaceId, UUID tagId, UUID personId) {
        return findTagging(workspaceId, tagId, personId).orElseGet(() -> {
            Tagging t = new Tagging(Ids.newId(), tagId, personId, People.now());
            jdbc.sql("INSERT INTO taggings (id, workspace_id, tag_id, person_id, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(t.id(), workspaceId, tagId, personId, People.utc(t.createdAt())).update();
            return t;
        });
    }

    public Optional<Tagging> findTagging(UUID workspaceId, UUID tagId, UUID personId) {
        return jdbc.sql("SELECT * FROM taggings WHERE workspace_id = ? AND tag_id = ? AND person_id = ?")
                .params(workspaceId, tagId, personId).query(Tags::mapTagging).optional();
    }

    public Optional<Tagging> findTagging(UUID workspaceId, UUID taggingId) {
        return jdbc.sql("SELECT * FROM taggings WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, taggingId).query(Tags::mapTagging).optional();
    }

    public boolean untag(UUID workspaceId, UUID tagId, UUID personId) {
        return jdbc.sql("DELETE FROM taggings WHERE workspace_id = ? AND tag_id = ? AND person_id = ?")
                .params(workspaceId, tagId, personId).update() > 0;
    }

    public List<Tagging> taggings(UUID workspaceId, UUID tagId, long offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM taggings WHERE workspace_id = ? AND tag_id = ? ORDER BY created_at, id
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
                .params(workspaceId, tagId, offset, limit).query(Tags::mapTagging).list();
    }

    public long countTaggings(UUID workspaceId, UUID tagId) {
        return jdbc.sql("SELECT COUNT(*) FROM taggings WHERE workspace_id = ? AND tag_id = ?")
                .params(workspaceId, tagId).query(Long.class).single();
    }

    public List<Tag> of(UUID workspaceId, UUID personId) {
        return jdbc.sql("""
                SELECT g.* FROM tags g JOIN taggings t ON t.tag_id = g.id
                WHERE t.workspace_id = ? AND t.person_id = ? ORDER BY g.name""")
                .params(workspaceId, personId).query(Tags::map).list();
    }

    /** Renames a tag; false when no such tag. Names stay unique, so an existing name is refused. */
    @Transactional
    public boolean rename(UUID workspaceId, UUID tagId, String name) {
        String clean = checkedName(name);
        findByName(workspaceId, clean).filter(other -> !other.id().equals(tagId)).ifPresent(other -> {
            throw new IllegalArgumentException("A tag named \"" + clean + "\" already exists.");
        });
        return jdbc.sql("UPDATE tags SET name = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(clean, People.utc(People.now()), workspaceId, tagId).update() > 0;
    }

    /** Deletes a tag and takes it off everyone who carried it. */
    public boolean delete(UUID workspaceId, UUID tagId) {
        return jdbc.sql("DELETE FROM tags WHERE workspace_id = ? AND id = ?").params(workspaceId, tagId).update() > 0;
    }

    /** How many people carry each of these tags. */
    public Map<UUID, Long> counts(UUID workspaceId, Collection<UUID> tagIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!tagIds.isEmpty()) {
            jdbc.sql("""
                    SELECT tag_id, COUNT(*) FROM taggings WHERE workspace_id = :ws AND tag_id IN (:ids)
                    GROUP BY tag_id""")
                    .param("ws", workspaceId).param("ids", tagIds)
                    .query((ResultSet rs) -> {
                        counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    });
        }
        return counts;
    }

    /**
     * Puts the tag on everyone the query matches who does not carry it yet, in one statement however many
     * that is, and says how many were tagged.
     */
    @Transactional
    public int tagAll(UUID workspaceId, UUID tagId, PeopleQuery query) {
        PeopleSql sql = PeopleSql.of(workspaceId, query);
        return jdbc.sql("INSERT INTO taggings (id, workspace_id, tag_id, person_id, created_at) "
                        + "SELECT gen_random_uuid(), p.workspace_id, ?, p.id, ? FROM people p WHERE " + sql.where()
                        + " AND NOT EXISTS (SELECT 1 FROM taggings t WHERE t.tag_id = ? AND t.person_id = p.id)")
                .param(tagId).param(People.utc(People.now())).params(sql.params()).param(tagId).update();
    }

    private static String checkedName(String name) {
        String clean = PersonLimits.clean(name);
        if (clean.isEmpty() || clean.length() > NAME || clean.contains("\n")) {
            throw new IllegalArgumentException("A tag name needs 1 to " + NAME + " characters on one line.");
        }
        return clean;
    }

    private static Tag map(ResultSet rs, int row) throws SQLException {
        return new Tag(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static Tagging mapTagging(ResultSet rs, int row) throws SQLException {
        return new Tagging(rs.getObject("id", UUID.class), rs.getObject("tag_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
