package org.convoca.people.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.PersonWords;
import org.convoca.people.PostalAddress;
import org.convoca.shared.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The set-at-a-time SQL of an import: one query or one JDBC batch per table per batch of rows. */
@Component
class PeopleRows {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    PeopleRows(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /**
     * The people of a workspace with these emails. Lookups join against a VALUES list rather than {@code IN (...)}:
     * H2 checked an IN list of parameters against every row of the table, which made imports slower with each
     * batch, while the join looks each value up in an index, in H2 and PostgreSQL alike.
     */
    Map<String, Person> byEmail(UUID workspaceId, List<String> emails) {
        Map<String, Person> found = new HashMap<>();
        if (!emails.isEmpty()) {
            List<Object> params = new ArrayList<>(emails);
            params.add(workspaceId);
            client.sql("SELECT p.* FROM " + Rows.values(emails.size(), "VARCHAR(320)")
                            + " AS v (email) JOIN people p ON p.email = v.email AND p.workspace_id = ?")
                    .params(params)
                    .query((rs, n) -> found.put(rs.getString("email"), person(workspaceId, rs)))
                    .list();
        }
        return found;
    }

    private static Person person(UUID workspaceId, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Person(rs.getObject("id", UUID.class), workspaceId, rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"),
                EmailStatus.parse(rs.getString("email_status")).orElse(EmailStatus.SUBSCRIBED), rs.getString("phone"),
                new PostalAddress(rs.getString("address_lines"), rs.getString("locality"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getString("language"), rs.getString("source"), Map.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    Map<UUID, Map<String, String>> fields(Collection<UUID> personIds) {
        Map<UUID, Map<String, String>> fields = new HashMap<>();
        if (!personIds.isEmpty()) {
            client.sql("SELECT f.person_id, f.field_name, f.field_value FROM " + Rows.values(personIds.size(), "UUID")
                            + " AS v (id) JOIN person_fields f ON f.person_id = v.id")
                    .params(new ArrayList<>(personIds))
                    .query((rs, n) -> fields.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3)))
                    .list();
        }
        return fields;
    }

    /** The (label, person) pairs that already exist among these people, in taggings or list_items. */
    Set<List<UUID>> existingPairs(String table, String labelColumn, UUID workspaceId, Collection<UUID> personIds) {
        Set<List<UUID>> pairs = new HashSet<>();
        if (!personIds.isEmpty()) {
            List<Object> params = new ArrayList<>(personIds);
            params.add(workspaceId);
            client.sql("SELECT t." + labelColumn + ", t.person_id FROM " + Rows.values(personIds.size(), "UUID")
                            + " AS v (id) JOIN " + table + " t ON t.person_id = v.id AND t.workspace_id = ?")
                    .params(params)
                    .query((rs, n) -> pairs.add(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))))
                    .list();
        }
        return pairs;
    }

    /** Inserts these people and, in the same transaction, the words they are found under. */
    void insert(List<Person> people) {
        jdbc.batchUpdate("""
                INSERT INTO people (given_name, family_name, email, email_status, phone, address_lines, locality,
                region, postal_code, country, language, source, search_text, modified_at, id, workspace_id,
                created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                people.stream().map(p -> values(p, utc(p.createdAt()))).toList());
        PersonWords.write(jdbc, people.stream()
                .map(p -> new PersonWords.Change(p.workspaceId(), p.id(), null, PersonWords.searchText(p))).toList());
    }

    /** Updates these people of one workspace, and their words from what each was stored with to what it is now. */
    void update(UUID workspaceId, List<Person> people) {
        Map<UUID, String> before = searchTexts(workspaceId, people.stream().map(Person::id).toList());
        jdbc.batchUpdate("""
                UPDATE people SET given_name = ?, family_name = ?, email = ?, email_status = ?, phone = ?,
                address_lines = ?, locality = ?, region = ?, postal_code = ?, country = ?, language = ?, source = ?,
                search_text = ?, modified_at = ? WHERE id = ? AND workspace_id = ?""",
                people.stream().map(p -> values(p, null)).toList());
        PersonWords.write(jdbc, people.stream().map(p -> new PersonWords.Change(workspaceId, p.id(),
                before.get(p.id()), PersonWords.searchText(p))).toList());
    }

    /** Locked, like {@code People} locks one person, so a concurrent edit cannot leave stale words behind. */
    private Map<UUID, String> searchTexts(UUID workspaceId, List<UUID> ids) {
        Map<UUID, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object> params = new ArrayList<>(ids);
            params.add(workspaceId);
            client.sql("SELECT p.id, p.search_text FROM " + Rows.values(ids.size(), "UUID")
                            + " AS v (id) JOIN people p ON p.id = v.id AND p.workspace_id = ? FOR UPDATE")
                    .params(params)
                    .query((rs, n) -> texts.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return texts;
    }

    /** Sets these fields, replacing any value a person had under the same name. */
    void setFields(UUID workspaceId, Map<UUID, Map<String, String>> fields, boolean replace) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        fields.forEach((person, named) -> named.forEach((name, value) -> {
            deletes.add(new Object[] {person, name});
            inserts.add(new Object[] {person, workspaceId, name, value});
        }));
        if (replace && !deletes.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM person_fields WHERE person_id = ? AND field_name = ?", deletes);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO person_fields (person_id, workspace_id, field_name, field_value) "
                    + "VALUES (?, ?, ?, ?)", inserts);
        }
    }

    /** Inserts (id, workspace, label, person, created) rows into taggings or list_items. */
    void link(String table, String labelColumn, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (id, workspace_id, " + labelColumn
                    + ", person_id, created_at) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    void errors(UUID importId, List<Row.Failed> failed) {
        if (!failed.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO import_errors (import_id, line_number, message, raw) VALUES (?, ?, ?, ?)",
                    failed.stream().map(f -> new Object[] {importId, f.line(), clip(f.message(), 1000),
                        clip(f.raw(), 4000)}).toList());
        }
    }

    /** The same values, in the same order, as {@code People} writes, so imported people are found alike. */
    private static Object[] values(Person p, OffsetDateTime created) {
        List<Object> v = new ArrayList<>(List.of(p.givenName(), p.familyName()));
        v.add(p.email());
        v.addAll(List.of(p.emailStatus().wire()));
        v.add(p.phone());
        v.addAll(List.of(p.address().addressLines(), p.address().locality(), p.address().region(),
                p.address().postalCode(), p.address().country(), p.language(), p.source(), PersonWords.searchText(p),
                utc(p.modifiedAt()), p.id(), p.workspaceId()));
        if (created != null) {
            v.add(created);
        }
        return v.toArray();
    }

    static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
