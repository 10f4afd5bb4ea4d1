package org.convoca.mailings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns an audience or a segment into a condition on {@code people p}, with its parameters. Every audience
 * condition is scoped to the workspace and to subscribed addresses, whatever the lists, tags and segments say.
 * Each condition is an indexed comparison on people or an EXISTS on an index that starts with the tag, list or
 * action, so counts stay fast at a million people.
 */
record AudienceSql(String where, List<Object> params) {

    /** What conditions need besides themselves: the workspace's time zone for dates, other modules' actions. */
    record Context(UUID workspaceId, ZoneId zone, Map<Segment.Kind, String> tookIt) {
    }

    private static final String SUBSCRIBED = "p.workspace_id = ? AND p.email IS NOT NULL "
            + "AND p.email_status = 'subscribed'";

    static AudienceSql of(Context context, Audience audience, Function<UUID, Segment> segments) {
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
                    into.add(s == null ? "FALSE" : segment(context, s, params));
                }
            }
        }
        StringBuilder w = new StringBuilder(SUBSCRIBED);
        List<Object> params = new ArrayList<>(List.of(context.workspaceId()));
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
    static AudienceSql of(Context context, Segment segment, boolean reachableOnly) {
        List<Object> params = new ArrayList<>(List.of(context.workspaceId()));
        String sql = segment(context, segment, params);
        return new AudienceSql((reachableOnly ? SUBSCRIBED : "p.workspace_id = ?") + " AND " + sql, params);
    }

    /**
     * The segment's own condition, without the workspace and subscription conditions: all (or any) of its
     * conditions, and none of its exclusions. Without any condition to meet, everyone matches.
     */
    static String segment(Context context, Segment s, List<Object> params) {
        List<String> wanted = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        for (Segment.Condition c : s.conditions()) {
            String sql = condition(context, c, params);
            (c.excluded() ? unwanted : wanted).add(c.negated() ? "NOT " + sql : sql);
        }
        String sql = wanted.isEmpty() ? "TRUE" : "(" + String.join(s.matchAll() ? " AND " : " OR ", wanted) + ")";
        for (String u : unwanted) {
            sql += " AND NOT " + u;
        }
        return "(" + sql + ")";
    }

    private static String condition(Context context, Segment.Condition c, List<Object> params) {
        String v = c.value();
        switch (c.kind()) {
            case TAG -> {
                params.add(UUID.fromString(v));
                return "EXISTS (SELECT 1 FROM taggings t WHERE t.person_id = p.id AND t.tag_id = ?)";
            }
            case LIST -> {
                params.add(UUID.fromString(v));
                return "EXISTS (SELECT 1 FROM list_items i WHERE i.person_id = p.id AND i.list_id = ?)";
            }
            case SIGNED_PETITION, ATTENDED_EVENT -> {
                String sql = context.tookIt().get(c.kind());
                if (sql == null) {
                    return "FALSE";
                }
                params.add(context.workspaceId());
                params.add(UUID.fromString(v));
                return sql;
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
                params.add(LocalDate.parse(v).atStartOfDay(context.zone()).toOffsetDateTime());
                return "(p.created_at >= ?)";
            }
            case CREATED_BEFORE -> {
                params.add(LocalDate.parse(v).atStartOfDay(context.zone()).toOffsetDateTime());
                return "(p.created_at < ?)";
            }
            case EMAIL_STATUS -> {
                params.add(v.toLowerCase(Locale.ROOT));
                return "(p.email_status = ?)";
            }
        }
        throw new IllegalArgumentException(c.kind().name());
    }
}
