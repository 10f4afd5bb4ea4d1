package org.convoca.people.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiFilter;
import org.convoca.api.ApiFilter.Clause;
import org.convoca.api.ApiFilter.Op;
import org.convoca.api.Identifiers;
import org.convoca.people.PeopleQuery;

/**
 * The people collection's {@code filter}, as a {@link PeopleQuery} in creation order. Dates take {@code eq},
 * {@code gt} and {@code lt}; the other fields only {@code eq}. Empty when the clauses cannot all hold at once
 * (two different email addresses, another system's identifier).
 */
final class PeopleFilters {

    static final List<String> FIELDS = List.of("identifier", "created_date", "modified_date", "family_name",
            "given_name", "email_address", "region", "postal_code");

    private PeopleFilters() {
    }

    static Optional<PeopleQuery> query(String filter) {
        List<Clause> clauses = ApiFilter.parse(filter);
        ApiFilter.allow(clauses, FIELDS);
        Map<String, String> exact = new HashMap<>();
        Instant[] created = new Instant[2];
        Instant[] modified = new Instant[2];
        for (Clause c : clauses) {
            switch (c.field()) {
                case "created_date" -> narrow(created, c);
                case "modified_date" -> narrow(modified, c);
                default -> {
                    if (c.op() != Op.EQ) {
                        throw ApiException.badRequest(c.field() + " can only be compared with eq.");
                    }
                    String before = exact.putIfAbsent(c.field(), c.value());
                    if (before != null && !before.equals(c.value())) {
                        return Optional.empty();
                    }
                }
            }
        }
        UUID id = null;
        if (exact.containsKey("identifier")) {
            Optional<UUID> parsed = Identifiers.parse(exact.get("identifier"));
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            id = parsed.get();
        }
        return Optional.of(PeopleQuery.ALL.orderedBy(PeopleQuery.Order.CREATED)
                .withExact(exact.get("email_address"), exact.get("given_name"), exact.get("family_name"),
                        exact.get("postal_code"), id)
                .withRegion(exact.get("region"))
                .withCreated(created[0], created[1])
                .withModified(modified[0], modified[1]));
    }

    /**
     * Tightens a date range kept as (exclusive after, exclusive before). Stored times have millisecond precision,
     * so "on or after t" is "after t minus a millisecond".
     */
    private static void narrow(Instant[] range, Clause c) {
        Instant after = switch (c.op()) {
            case GT -> c.instant();
            case EQ -> c.instant().minusMillis(1);
            case LT -> null;
        };
        Instant before = switch (c.op()) {
            case LT -> c.instant();
            case EQ -> c.end();
            case GT -> null;
        };
        if (after != null && (range[0] == null || after.isAfter(range[0]))) {
            range[0] = after;
        }
        if (before != null && (range[1] == null || before.isBefore(range[1]))) {
            range[1] = before;
        }
    }
}
