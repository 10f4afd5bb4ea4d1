package org.convoca.people;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every person a query matches, in batches in id order, each with their tags, lists and custom fields: for
 * exports, which must never hold a whole workspace in memory nor keep one connection for the whole download.
 */
@Repository
public class PeopleScan {

    /** One person with the names of their tags and lists. */
    public record Entry(Person person, List<String> tags, List<String> lists) {
    }

    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    PeopleScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each batch to {@code each}; returns how many people there were. */
    public long scan(UUID workspaceId, PeopleQuery query, Consumer<List<Entry>> each) {
        PeopleSql sql = PeopleSql.of(workspaceId, query);
        UUID after = null;
        long count = 0;
        while (true) {
            List<Object> params = new ArrayList<>(sql.params());
            String next = "";
            if (after != null) {
                next = " AND p.id > ?";
                params.add(after);
            }
            List<Person> people = jdbc.sql("SELECT p.* FROM people p WHERE " + sql.where() + next
                    + " ORDER BY p.id FETCH FIRST " + BATCH + " ROWS ONLY").params(params).query(People::map).list();
            if (people.isEmpty()) {
                return count;
            }
            each.accept(entries(people));
            count += people.size();
            after = people.getLast().id();
        }
    }

    /** The custom field names in use in a workspace, alphabetically, at most {@code max}. */
    public List<String> fieldNames(UUID workspaceId, int max) {
        return jdbc.sql("SELECT DISTINCT field_name FROM person_fields WHERE workspace_id = ? ORDER BY field_name "
                + "FETCH FIRST ? ROWS ONLY").params(workspaceId, max).query(String.class).list();
    }

    private List<Entry> entries(List<Person> people) {
        List<UUID> ids = people.stream().map(Person::id).toList();
        Map<UUID, Map<String, String>> fields = new HashMap<>();
        jdbc.sql("SELECT person_id, field_name, field_value FROM person_fields WHERE person_id IN (:ids)")
                .param("ids", ids).query((ResultSet rs) -> {
                    fields.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        Map<UUID, List<String>> tags = names("SELECT t.person_id, g.name FROM taggings t JOIN tags g ON g.id = t.tag_id "
                + "WHERE t.person_id IN (:ids) ORDER BY g.name", ids);
        Map<UUID, List<String>> lists = names("SELECT i.person_id, l.name FROM list_items i JOIN lists l "
                + "ON l.id = i.list_id WHERE i.person_id IN (:ids) ORDER BY l.name", ids);
        List<Entry> entries = new ArrayList<>(people.size());
        for (Person p : people) {
            entries.add(new Entry(p.withCustomFields(fields.getOrDefault(p.id(), Map.of())),
                    tags.getOrDefault(p.id(), List.of()), lists.getOrDefault(p.id(), List.of())));
        }
        return entries;
    }

    private Map<UUID, List<String>> names(String sql, List<UUID> ids) {
        Map<UUID, List<String>> names = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            names.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return names;
    }
}
