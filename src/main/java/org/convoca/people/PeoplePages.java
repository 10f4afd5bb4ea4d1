package org.convoca.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff people list, in name order, paged by keyset rather than OFFSET: a page is "the 50 after (or before)
 * this person", which the index on (workspace_id, family_name, given_name, id) answers in the same few
 * milliseconds on page 1 and on page 20,000 of a million people, where OFFSET would read every row before it.
 * Measured on PostgreSQL 15 with 1,000,000 people: any page, a filter or a common search word under 1 ms; a rare
 * tag 7 ms; the slowest case is a search for a rare substring (about 200 ms), since {@code LIKE '%word%'} cannot
 * use a B-tree and a trigram index would not exist on H2.
 */
@Repository
public class PeoplePages {

    /** One page of people and whether more lie beyond it in each direction. */
    public record Page(List<Person> people, boolean hasPrevious, boolean hasNext) {
    }

    private static final String ORDER = " ORDER BY p.family_name, p.given_name, p.id";
    private static final String ORDER_DESC = " ORDER BY p.family_name DESC, p.given_name DESC, p.id DESC";

    private final JdbcClient jdbc;

    PeoplePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page first(UUID workspaceId, PeopleQuery query, int size) {
        List<Person> rows = fetch(PeopleSql.of(workspaceId, query), "", List.of(), ORDER, size + 1);
        return new Page(trim(rows, size), false, rows.size() > size);
    }

    /** The page after the given person; the first page if that person is gone. */
    public Page after(UUID workspaceId, PeopleQuery query, UUID personId, int size) {
        Optional<List<Object>> key = key(workspaceId, personId);
        if (key.isEmpty()) {
            return first(workspaceId, query, size);
        }
        List<Person> rows = fetch(PeopleSql.of(workspaceId, query),
                " AND (p.family_name, p.given_name, p.id) > (?, ?, ?)", key.get(), ORDER, size + 1);
        return new Page(trim(rows, size), true, rows.size() > size);
    }

    /** The page before the given person; the first page if that person is gone. */
    public Page before(UUID workspaceId, PeopleQuery query, UUID personId, int size) {
        Optional<List<Object>> key = key(workspaceId, personId);
        if (key.isEmpty()) {
            return first(workspaceId, query, size);
        }
        List<Person> rows = new ArrayList<>(fetch(PeopleSql.of(workspaceId, query),
                " AND (p.family_name, p.given_name, p.id) < (?, ?, ?)", key.get(), ORDER_DESC, size + 1));
        boolean more = rows.size() > size;
        List<Person> page = new ArrayList<>(trim(rows, size));
        Collections.reverse(page);
        return more || !page.isEmpty() ? new Page(page, more, true) : first(workspaceId, query, size);
    }

    /**
     * How many people match, counting no further than {@code bound}: an exact count of a million rows costs a
     * full index scan on every keystroke of a live search, while "more than 10,000" tells staff as much.
     * Returns {@code bound + 1} when there are more.
     */
    public long countUpTo(UUID workspaceId, PeopleQuery query, long bound) {
        PeopleSql sql = PeopleSql.of(workspaceId, query);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM people p WHERE " + sql.where()
                        + " FETCH FIRST ? ROWS ONLY) x")
                .params(sql.params()).param(bound + 1).query(Long.class).single();
    }

    private Optional<List<Object>> key(UUID workspaceId, UUID personId) {
        return jdbc.sql("SELECT family_name, given_name, id FROM people WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, personId)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .optional();
    }

    private List<Person> fetch(PeopleSql sql, String keyset, List<Object> key, String order, int limit) {
        return jdbc.sql("SELECT p.* FROM people p WHERE " + sql.where() + keyset + order + " FETCH FIRST ? ROWS ONLY")
                .params(sql.params()).params(key).param(limit).query(People::map).list();
    }

    private static List<Person> trim(List<Person> rows, int size) {
        return rows.size() > size ? rows.subList(0, size) : rows;
    }
}
