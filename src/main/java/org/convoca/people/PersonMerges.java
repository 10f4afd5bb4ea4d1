package org.convoca.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of the same person into one. Everything attached to the removed record (tags, lists,
 * consents, activities, organization contacts, custom fields) moves to the kept one; for each field both fill
 * in differently, staff choose the value that wins.
 */
@Service
public class PersonMerges {

    /** A field that differs between the two records. {@code field} is a column name or "field:" + custom name. */
    public record Difference(String field, String kept, String other) {
    }

    /** Which record's value wins for a field. */
    public enum Side { KEPT, OTHER }

    static final String CUSTOM = "field:";

    private static final Map<String, Function<Person, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("given_name", Person::givenName);
        FIELDS.put("family_name", Person::familyName);
        FIELDS.put("email", p -> p.email() == null ? "" : p.email());
        FIELDS.put("email_status", p -> p.emailStatus().wire());
        FIELDS.put("phone", p -> p.phone() == null ? "" : p.phone());
        FIELDS.put("address", PersonMerges::addressText);
        FIELDS.put("language", Person::language);
        FIELDS.put("source", Person::source);
    }

    private final People people;
    private final Activities activities;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    PersonMerges(People people, Activities activities, AuditLog audit, ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.people = people;
        this.activities = activities;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Every field in which the two differ, custom fields included; a field only one of them has is no conflict. */
    public List<Difference> differences(Person kept, Person other) {
        List<Difference> differences = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            String a = value.apply(kept);
            String b = value.apply(other);
            if (!a.equals(b)) {
                differences.add(new Difference(field, a, b));
            }
        });
        for (String name : new TreeSet<>(kept.customFields().keySet())) {
            String b = other.customFields().get(name);
            if (b != null && !b.equals(kept.customFields().get(name))) {
                differences.add(new Difference(CUSTOM + name, kept.customFields().get(name), b));
            }
        }
        return differences;
    }

    /**
     * The side whose value a field takes unless staff choose otherwise: the kept one, unless it is empty there.
     * For the email status an opt-out or bounce on either record wins, so that a merge never resubscribes anyone.
     */
    public static Side defaultSide(Difference d) {
        if (d.field().equals("email_status")) {
            return d.kept().equals(EmailStatus.SUBSCRIBED.wire()) ? Side.OTHER : Side.KEPT;
        }
        return d.kept().isEmpty() ? Side.OTHER : Side.KEPT;
    }

    /**
     * Merges {@code removedId} into {@code keptId}, all or nothing. Fields not named in {@code choices} take
     * {@link #defaultSide}. Returns the kept person as saved.
     */
    @Transactional
    public Person merge(Staff staff, UUID keptId, UUID removedId, Map<String, Side> choices) {
        UUID ws = staff.workspaceId();
        if (keptId.equals(removedId)) {
            throw new IllegalArgumentException("A person cannot be merged with themselves.");
        }
        lock(ws, keptId, removedId);
        Person kept = people.find(ws, keptId).orElseThrow(() -> new IllegalArgumentException("No such person."));
        Person other = people.find(ws, removedId).orElseThrow(() -> new IllegalArgumentException("No such person."));
        Person merged = combine(kept, other, choices);

        events.publishEvent(new PeopleMerged(ws, keptId, removedId));
        moveUnique(ws, "taggings", "tag_id", keptId, removedId);
        moveUnique(ws, "list_items", "list_id", keptId, removedId);
        moveUnique(ws, "organization_contacts", "organization_id", keptId, removedId);
        move(ws, "consents", keptId, removedId);
        move(ws, "activities", keptId, removedId);
        people.delete(ws, removedId);
        Person saved = people.update(merged);

        activities.record(ws, keptId, "merged", other.displayName()
                + (other.email() == null ? "" : " <" + other.email() + ">") + (other.phone() == null ? ""
                        : " " + other.phone()));
        audit.record(staff, "people.merge", "kept " + keptId + ", merged and removed " + removedId);
        return saved;
    }

    Person combine(Person kept, Person other, Map<String, Side> choices) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (Difference d : differences(kept, other)) {
            sides.put(d.field(), choices.getOrDefault(d.field(), defaultSide(d)));
        }
        Function<String, Person> from = f -> sides.getOrDefault(f, Side.KEPT) == Side.OTHER ? other : kept;
        Map<String, String> fields = new TreeMap<>(other.customFields());
        kept.customFields().forEach((name, value) -> {
            if (sides.getOrDefault(CUSTOM + name, Side.KEPT) == Side.KEPT) {
                fields.put(name, value);
            }
        });
        return new Person(kept.id(), kept.workspaceId(), from.apply("given_name").givenName(),
                from.apply("family_name").familyName(), from.apply("email").email(),
                from.apply("email_status").emailStatus(), from.apply("phone").phone(),
                from.apply("address").address(), from.apply("language").language(),
                from.apply("source").source(), fields, kept.createdAt(), kept.modifiedAt());
    }

    /** Locks both rows in a fixed order, so two merges of the same pair wait for each other instead of racing. */
    private void lock(UUID ws, UUID a, UUID b) {
        for (UUID id : new TreeSet<>(List.of(a, b))) {
            jdbc.sql("SELECT id FROM people WHERE workspace_id = ? AND id = ? FOR UPDATE").params(ws, id)
                    .query(UUID.class).optional();
        }
    }

    // Rows the kept person already has a twin of stay behind and go with the removed person.
    private void moveUnique(UUID ws, String table, String pairColumn, UUID keptId, UUID removedId) {
        jdbc.sql("UPDATE " + table + " SET person_id = ? WHERE workspace_id = ? AND person_id = ? AND " + pairColumn
                        + " NOT IN (SELECT k." + pairColumn + " FROM " + table + " k WHERE k.person_id = ?)")
                .params(keptId, ws, removedId, keptId).update();
    }

    private void move(UUID ws, String table, UUID keptId, UUID removedId) {
        jdbc.sql("UPDATE " + table + " SET person_id = ? WHERE workspace_id = ? AND person_id = ?")
                .params(keptId, ws, removedId).update();
    }

    private static String addressText(Person p) {
        PostalAddress a = p.address();
        return String.join(", ", java.util.stream.Stream.of(a.addressLines().replace('\n', ' '), a.locality(),
                a.region(), a.postalCode(), a.country()).filter(s -> !s.isEmpty()).toList());
    }
}
