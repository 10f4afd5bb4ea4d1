package org.convoca.events.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.convoca.api.ApiFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which of a workspace's events a filter on {@code start_date}, {@code created_date} or {@code modified_date} names;
 * never an event a supporter offered that staff have not approved (pending or declined).
 */
@Repository
class EventWindow {

    static final List<String> FILTERS = List.of("start_date", "created_date", "modified_date");

    /** One condition on a column: after (exclusive) or before (exclusive). */
    record Bound(String column, boolean after, Instant at) {
    }

    private final JdbcClient jdbc;

    EventWindow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<Bound> bounds(List<ApiFilter.Clause> clauses) {
        List<Bound> bounds = new ArrayList<>();
        for (ApiFilter.Clause c : clauses) {
            String column = switch (c.field()) {
                case "start_date" -> "starts_at";
                case "created_date" -> "created_at";
                default -> "modified_at";
            };
            switch (c.op()) {
                case GT -> bounds.add(new Bound(column, true, c.end().minusNanos(1000)));
                case LT -> bounds.add(new Bound(column, false, c.instant()));
                case EQ -> {
                    bounds.add(new Bound(column, true, c.instant().minusNanos(1000)));
                    bounds.add(new Bound(column, false, c.end()));
                }
            }
        }
        return bounds;
    }

    long count(UUID workspaceId, List<Bound> bounds) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM events WHERE workspace_id = ?" + where(bounds)).param(workspaceId);
        for (Bound b : bounds) {
            spec = spec.param(b.at().atOffset(ZoneOffset.UTC));
        }
        return spec.query(Long.class).single();
    }

    /** In the order they were created, as Action Network pages them. */
    List<UUID> page(UUID workspaceId, List<Bound> bounds, long offset, int limit) {
        var spec = jdbc.sql("SELECT id FROM events WHERE workspace_id = ?" + where(bounds)
                + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").param(workspaceId);
        for (Bound b : bounds) {
            spec = spec.param(b.at().atOffset(ZoneOffset.UTC));
        }
        return spec.param(offset).param(limit).query(UUID.class).list();
    }

    private static String where(List<Bound> bounds) {
        StringBuilder b = new StringBuilder(" AND NOT EXISTS (SELECT 1 FROM event_hostings h WHERE h.event_id = events.id"
                + " AND h.status <> 'approved')");
        for (Bound bound : bounds) {
            b.append(" AND ").append(bound.column()).append(bound.after() ? " > ?" : " < ?");
        }
        return b.toString();
    }
}
