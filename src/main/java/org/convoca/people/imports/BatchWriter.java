package org.convoca.people.imports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.shared.Ids;

/**
 * Saves one batch of rows together with the job's progress, so the batch and the count of rows behind it
 * commit or vanish as one. People are matched by email within the workspace and within the batch itself.
 */
final class BatchWriter {

    /** What one batch did. */
    record Counts(int created, int updated, int failed, int storedErrors) {
    }

    /** A person as this batch will leave them, with the fields, tags and lists it adds. */
    private static final class Pending {
        Person person;
        final boolean isNew;
        final Map<String, String> fields = new LinkedHashMap<>();
        final Set<String> tags = new java.util.LinkedHashSet<>();
        final Set<String> lists = new java.util.LinkedHashSet<>();

        Pending(Person person, boolean isNew) {
            this.person = person;
            this.isNew = isNew;
        }

        void add(Row.Ok row) {
            fields.putAll(row.person().customFields());
            tags.addAll(row.tags());
            lists.addAll(row.lists());
        }
    }

    private final PeopleRows sql;
    private final UUID workspaceId;
    private final UUID importId;
    private final Labels labels;

    BatchWriter(PeopleRows sql, UUID workspaceId, UUID importId, Labels labels) {
        this.sql = sql;
        this.workspaceId = workspaceId;
        this.importId = importId;
        this.labels = labels;
    }

    UUID importId() {
        return importId;
    }

    /** Runs inside the caller's transaction; {@code storeErrors} bounds how many failed rows are kept. */
    Counts write(List<Row> rows, int storeErrors) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Row.Failed> failed = new ArrayList<>();
        List<String> emails = rows.stream().filter(r -> r instanceof Row.Ok).map(r -> ((Row.Ok) r).person().email())
                .filter(e -> e != null).distinct().toList();
        Map<String, Person> existing = sql.byEmail(workspaceId, emails);
        Map<UUID, Map<String, String>> existingFields = sql.fields(existing.values().stream().map(Person::id).toList());
        Map<String, Pending> byEmail = new HashMap<>();
        Set<Pending> all = new java.util.LinkedHashSet<>();
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            if (row instanceof Row.Failed f) {
                failed.add(f);
                continue;
            }
            Row.Ok ok = (Row.Ok) row;
            String email = ok.person().email();
            Pending pending = email == null ? null : byEmail.get(email);
            Person base = pending != null ? pending.person : email == null ? null : existing.get(email);
            if (base == null) {
                Person p = ok.person();
                pending = new Pending(new Person(Ids.newId(), workspaceId, p.givenName(), p.familyName(), p.email(),
                        p.emailStatus(), p.phone(), p.address(), p.language(), p.source(), p.customFields(), now, now),
                        true);
                created++;
            } else {
                if (pending == null) {
                    base = base.withCustomFields(existingFields.getOrDefault(base.id(), Map.of()));
                }
                Person merged = Merge.onto(base, ok);
                Map<String, String> problems = PersonLimits.problems(merged);
                if (!problems.isEmpty()) {
                    failed.add(new Row.Failed(ok.line(), ok.raw(), String.join(" ", problems.values())));
                    continue;
                }
                if (pending == null) {
                    pending = new Pending(merged, false);
                } else {
                    pending.person = merged;
                }
                updated++;
            }
            if (email != null) {
                byEmail.put(email, pending);
            }
            pending.add(ok);
            all.add(pending);
        }
        save(all, now);
        List<Row.Failed> kept = failed.subList(0, Math.min(failed.size(), Math.max(0, storeErrors)));
        sql.errors(importId, kept);
        return new Counts(created, updated, failed.size(), kept.size());
    }

    private void save(Set<Pending> all, Instant now) {
        List<Person> inserts = new ArrayList<>();
        List<Person> updates = new ArrayList<>();
        Map<UUID, Map<String, String>> newFields = new HashMap<>();
        Map<UUID, Map<String, String>> changedFields = new HashMap<>();
        for (Pending p : all) {
            if (p.isNew) {
                inserts.add(p.person);
                if (!p.person.customFields().isEmpty()) {
                    newFields.put(p.person.id(), p.person.customFields());
                }
            } else {
                Person q = p.person;
                updates.add(new Person(q.id(), q.workspaceId(), q.givenName(), q.familyName(), q.email(),
                        q.emailStatus(), q.phone(), q.address(), q.language(), q.source(), q.customFields(),
                        q.createdAt(), now));
                if (!p.fields.isEmpty()) {
                    changedFields.put(q.id(), p.fields);
                }
            }
        }
        sql.insert(inserts);
        sql.update(workspaceId, updates);
        sql.setFields(workspaceId, newFields, false);
        sql.setFields(workspaceId, changedFields, true);
        List<UUID> updatedIds = updates.stream().map(Person::id).toList();
        link(all, "taggings", "tag_id", updatedIds, true, now);
        link(all, "list_items", "list_id", updatedIds, false, now);
    }

    private void link(Set<Pending> all, String table, String column, List<UUID> updatedIds, boolean tags,
            Instant now) {
        Set<List<UUID>> existing = sql.existingPairs(table, column, workspaceId, updatedIds);
        List<Object[]> rows = new ArrayList<>();
        var at = PeopleRows.utc(now);
        for (Pending p : all) {
            for (String name : tags ? p.tags : p.lists) {
                UUID label = tags ? labels.tag(name) : labels.list(name);
                if (existing.add(List.of(label, p.person.id()))) {
                    rows.add(new Object[] {Ids.newId(), workspaceId, label, p.person.id(), at});
                }
            }
        }
        sql.link(table, column, rows);
    }
}
