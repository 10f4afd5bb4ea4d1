package org.convoca.mailings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns an audience or a segment into a condition on {@code people p}, with its parameters. Every audience
 * condition is scoped to the workspace and to subscribed addresses, whatever the lists, tags and segments say.
 */
record AudienceSql(String where, List<Object> params) {

    private static final String SUBSCRIBED = "p.workspace_id = ? AND p.email IS NOT NULL "
            + "AND p.email_status = 'subscribed'";

    static AudienceSql of(UUID workspaceId, Audience audience, Function<UUID, Segment> segments) {
        List<String> included = new ArrayList<>();
        List<Object> includedParams = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<Object> excludedParams = new ArrayList<>();
        for (Audience.Target t : audience.targets()) {
            List<Object> params = t.excluded() ? excludedParams : includedParams;
            List<String> into = t.excluded() ? excluded : included;
            switch (t.kind()) {
                case LIST -> {
                    into.add("EXISTS (SELECT 1 FROM list_items i WHERE i.person_id = p.id AND i.list_id = ?)");
                    params.add(t.id());
                }
                case TAG -> {
                    into.add("EXISTS (SELECT 1 FROM taggings t WHERE t.person_id = p.id AND t.tag_id = ?)");
                    params.add(t.id());
                }
                case SEGMENT -> {
                    Segment s = segments.apply(t.id());
                    into.add(s == null ? "FALSE" : segment(s, params));
                }
            }
        }
        StringBuilder w = new StringBuilder(SUBSCRIBED);
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        if (!audience.everyone()) {
            w.append(" AND (").append(included.isEmpty() ? "FALSE" : String.join(" OR ", included)).append(')');
            params.addAll(includedParams);
        }
        if (!excluded.isEmpty()) {
            w.append(" AND NOT (").append(String.join(" OR ", excluded)).append(')');
            params.addAll(excludedParams);
        }
        return new AudienceSql(w.toString(), params);
    }

    /** Everyone in a segment, or only those whom mail may reach, for its live counts. */
    static AudienceSql of(UUID workspaceId, Segment segment, boolean reachableOnly) {
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        String sql = segment(segment, params);
        return new AudienceSql((reachableOnly ? SUBSCRIBED : "p.workspace_id = ?") + " AND " + sql, params);
    }

    /** The segment's own condition, without the workspace and subscription conditions. */
    static String segment(Segment s, List<Object> params) {
        if (s.conditions().isEmpty()) {
            return s.matchAll() ? "TRUE" : "FALSE";
        }
        List<String> parts = new ArrayList<>();
        for (Segment.Condition c : s.conditions()) {
            String sql = condition(c, params);
            parts.add(c.negated() ? "NOT " + sql : sql);
        }
        return "(" + String.join(s.matchAll() ? " AND " : " OR ", parts) + ")";
    }

    private static String condition(Segment.Condition c, List<Object> params) {
        String v = c.value().strip();
        switch (c.kind()) {
            case TAG -> {
                params.add(UUID.fromString(v));
                return "EXISTS (SELECT 1 FROM taggings t WHERE t.person_id = p.id AND t.tag_id = ?)";
            }
            case LIST -> {
                params.add(UUID.fromString(v));
                return "EXISTS (SELECT 1 FROM list_items i WHERE i.person_id = p.id AND i.list_id = ?)";
            }
            case LANGUAGE -> {
                String code = v.toLowerCase(Locale.ROOT);
                params.add(code);
                params.add(code + "-%");
                return "(p.language = ? OR p.language LIKE ?)";
            }
            case REGION -> {
                params.add(v);
                return "(p.region = ?)";
            }
            case POSTAL_CODE -> {
                params.add(v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                return "(p.postal_code LIKE ? ESCAPE '\\')";
            }
            case CREATED_SINCE -> {
                params.add(LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC));
                return "(p.created_at >= ?)";
            }
            case EMAIL_STATUS -> {
                params.add(v.toLowerCase(Locale.ROOT));
                return "(p.email_status = ?)";
            }
        }
        throw new IllegalArgumentException(c.kind().name());
    }
}
