package org.convoca.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.convoca.shared.Ids;
import org.convoca.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The supporters of each workspace. Every method is scoped to one workspace; no query crosses workspaces. */
@Repository
public class People {

    private static final String COLUMNS = "p.*";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    People(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
    }

    public Optional<Person> find(UUID workspaceId, UUID id) {
        return one(jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.workspace_id = ? AND p.id = ?")
                .params(workspaceId, id).query(People::map).list());
    }

    public Optional<Person> findByEmail(UUID workspaceId, String email) {
        String normalized = PersonLimits.normalizeEmail(email);
        if (normalized == null) {
            return Optional.empty();
        }
        return one(jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.workspace_id = ? AND p.email = ?")
                .params(workspaceId, normalized).query(People::map).list());
    }

    /** Which of these (normalized) addresses someone in the workspace has already: one query for all. */
    public Set<String> emailsTaken(UUID workspaceId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>(emails);
        params.add(workspaceId);
        return new HashSet<>(jdbc.sql("SELECT p.email FROM " + Rows.values(emails.size(), "VARCHAR(320)")
                        + " AS v (email) JOIN people p ON p.email = v.email AND p.workspace_id = ?")
                .params(params).query(String.class).list());
    }

    /** Saves a new person; the draft's id and dates are ignored. Created and modified dates are equal. */
    @Transactional
    public Person create(UUID workspaceId, Person draft) {
        return insert(workspaceId, draft, true);
    }

    /**
     * Saves a new person whose email the caller has just looked up in this same transaction and not found, without
     * looking it up again (one query fewer on the busiest paths: signing, registering, submitting). Someone saved
     * with that address meanwhile still makes it fail, with the same {@link InvalidPersonException}, and on
     * PostgreSQL the transaction can then only be rolled back: callers start a new one, as the action services do.
     */
    @Transactional
    public Person createLookedUp(UUID workspaceId, Person draft) {
        return insert(workspaceId, draft, false);
    }

    /**
     * Saves several new people, each as {@link #createLookedUp} does, with one statement per table for all of them.
     * If any address is taken meanwhile, none is saved and this throws {@link DuplicateKeyException}, not saying
     * whose; a caller saves them one by one to learn that.
     */
    @Transactional
    public List<Person> createAllLookedUp(UUID workspaceId, List<Person> drafts) {
        return insert(workspaceId, drafts, false);
    }

    private Person insert(UUID workspaceId, Person draft, boolean lookUp) {
        try {
            return insert(workspaceId, List.of(draft), lookUp).getFirst();
        } catch (DuplicateKeyException e) {
            throw duplicate(draft.email());
        }
    }

    private List<Person> insert(UUID workspaceId, List<Person> drafts, boolean lookUp) {
        Instant now = now();
        List<Person> people = new ArrayList<>(drafts.size());
        for (Person draft : drafts) {
            Person p = new Person(Ids.newId(), workspaceId, draft.givenName(), draft.familyName(), draft.email(),
                    draft.emailStatus(), draft.phone(), draft.address(), draft.language(), draft.source(),
                    draft.customFields(), now, now);
            check(p, null, lookUp);
            people.add(p);
        }
        Rows.insert(template, """
                people (given_name, family_name, email, email_status, phone, address_lines, locality, region, \
                postal_code, country, language, source, search_text, modified_at, id, workspace_id, created_at)""",
                people, p -> Stream.concat(Arrays.stream(values(p)), Stream.of(utc(p.createdAt()))).toArray());
        PersonWords.write(template, people.stream()
                .map(p -> new PersonWords.Change(workspaceId, p.id(), null, PersonWords.searchText(p))).toList());
        people.forEach(this::writeFields);
        return people;
    }

    /** Saves every field of an existing person as given, and moves its modified date to now. */
    @Transactional
    public Person update(Person changed) {
        Person p = new Person(changed.id(), changed.workspaceId(), changed.givenName(), changed.familyName(),
                changed.email(), changed.emailStatus(), changed.phone(), changed.address(), changed.language(),
                changed.source(), changed.customFields(), changed.createdAt(), now());
        check(p, p.id(), true);
        Optional<String> before = searchText(p.workspaceId(), p.id());
        try {
            int rows = jdbc.sql("""
                    UPDATE people SET given_name = ?, family_name = ?, email = ?, email_status = ?, phone = ?,
                    address_lines = ?, locality = ?, region = ?, postal_code = ?, country = ?, language = ?, source = ?,
                    search_text = ?, modified_at = ? WHERE id = ? AND workspace_id = ?""")
                    .params(values(p)).update();
            if (rows == 0) {
                throw new IllegalArgumentException("No such person in this workspace: " + p.id());
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(p.email());
        }
        PersonWords.write(template, List.of(new PersonWords.Change(p.workspaceId(), p.id(), before.orElse(null),
                PersonWords.searchText(p))));
        jdbc.sql("DELETE FROM person_fields WHERE person_id = ?").param(p.id()).update();
        writeFields(p);
        return p;
    }

    @Transactional
    public void delete(UUID workspaceId, UUID id) {
        searchText(workspaceId, id).ifPresent(text -> PersonWords.write(template,
                List.of(new PersonWords.Change(workspaceId, id, text, null))));
        events.publishEvent(new PersonDeleted(workspaceId, id));
        jdbc.sql("DELETE FROM people WHERE workspace_id = ? AND id = ?").params(workspaceId, id).update();
    }

    public List<Person> page(UUID workspaceId, PeopleQuery query, long offset, int limit) {
        PeopleSql sql = PeopleSql.of(workspaceId, query);
        List<Person> people = jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE " + sql.where()
                        + sql.orderBy(query.order()) + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(sql.params()).param(offset).param(limit).query(People::map).list();
        return withFields(people);
    }

    public long count(UUID workspaceId, PeopleQuery query) {
        PeopleSql sql = PeopleSql.of(workspaceId, query);
        return jdbc.sql("SELECT COUNT(*) FROM people p WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    /** The stored search text, locked, so two writers of one person cannot leave words of a version neither kept. */
    private Optional<String> searchText(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT search_text FROM people WHERE workspace_id = ? AND id = ? FOR UPDATE")
                .params(workspaceId, id).query(String.class).optional();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private void check(Person p, UUID self, boolean lookUp) {
        Map<String, String> problems = PersonLimits.problems(p);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        if (lookUp && p.email() != null) {
            findByEmail(p.workspaceId(), p.email()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
                throw duplicate(p.email());
            });
        }
    }

    private static InvalidPersonException duplicate(String email) {
        return new InvalidPersonException(Map.of("email",
                "Someone in this workspace already has the email address " + email + "."));
    }

    private static Object[] values(Person p) {
        return new Object[] {p.givenName(), p.familyName(), p.email(), p.emailStatus().wire(), p.phone(),
            p.address().addressLines(), p.address().locality(), p.address().region(), p.address().postalCode(),
            p.address().country(), p.language(), p.source(), PersonWords.searchText(p),
            utc(p.modifiedAt()), p.id(), p.workspaceId()};
    }

    private void writeFields(Person p) {
        p.customFields().forEach((name, value) -> jdbc.sql(
                "INSERT INTO person_fields (person_id, workspace_id, field_name, field_value) VALUES (?, ?, ?, ?)")
                .params(p.id(), p.workspaceId(), name, value).update());
    }

    private Optional<Person> one(List<Person> people) {
        return withFields(people).stream().findFirst();
    }

    private List<Person> withFields(List<Person> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<UUID, Map<String, String>> fields = new HashMap<>();
        Collection<UUID> ids = people.stream().map(Person::id).toList();
        jdbc.sql("SELECT person_id, field_name, field_value FROM person_fields WHERE person_id IN (:ids)")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    fields.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        List<Person> result = new ArrayList<>(people.size());
        for (Person p : people) {
            result.add(fields.containsKey(p.id()) ? p.withCustomFields(fields.get(p.id())) : p);
        }
        return result;
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"),
                EmailStatus.parse(rs.getString("email_status")).orElse(EmailStatus.SUBSCRIBED), rs.getString("phone"),
                new PostalAddress(rs.getString("address_lines"), rs.getString("locality"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getString("language"), rs.getString("source"), Map.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
