package org.convoca.mailings.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Segments;

/** Segments in Convoca's own API, in the HAL+JSON shape of the OSDI resources. */
final class SegmentJson {

    static final String BASE = "/api/v1/segments";
    static final String REL = "convoca:segments";

    /** A condition's {@code type} in the API: its kind, and whether it is negated. */
    record Type(String name, Segment.Kind kind, boolean negated) {
    }

    static final List<Type> TYPES = List.of(new Type("has_tag", Segment.Kind.TAG, false),
            new Type("not_has_tag", Segment.Kind.TAG, true), new Type("in_list", Segment.Kind.LIST, false),
            new Type("not_in_list", Segment.Kind.LIST, true), new Type("language", Segment.Kind.LANGUAGE, false),
            new Type("region", Segment.Kind.REGION, false),
            new Type("postal_code_prefix", Segment.Kind.POSTAL_CODE, false),
            new Type("created_since", Segment.Kind.CREATED_SINCE, false),
            new Type("created_before", Segment.Kind.CREATED_BEFORE, false),
            new Type("email_status", Segment.Kind.EMAIL_STATUS, false),
            new Type("signed_petition", Segment.Kind.SIGNED_PETITION, false),
            new Type("not_signed_petition", Segment.Kind.SIGNED_PETITION, true),
            new Type("attended_event", Segment.Kind.ATTENDED_EVENT, false),
            new Type("not_attended_event", Segment.Kind.ATTENDED_EVENT, true));

    private SegmentJson() {
    }

    static Optional<Type> type(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static String typeOf(Segment.Condition c) {
        return TYPES.stream().filter(t -> t.kind() == c.kind() && t.negated() == c.negated()).findFirst()
                .orElseThrow().name();
    }

    /**
     * A segment; with {@code count}, also how many people it holds now. {@code label} names the tag, list or
     * petition a condition points at, or is null when that is gone.
     */
    static Map<String, Object> segment(Segment s, Segments.Count count, BiFunction<Segment.Kind, UUID, String> label,
            HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(s.id()));
        json.put("created_date", Hal.date(s.createdAt()));
        json.put("modified_date", Hal.date(s.modifiedAt()));
        json.put("name", s.name());
        json.put("match", s.matchAll() ? "all" : "any");
        List<Map<String, Object>> conditions = new ArrayList<>();
        for (Segment.Condition c : s.conditions()) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("type", typeOf(c));
            condition.put("value", c.value());
            if (c.kind().namesRecord()) {
                condition.put("label", org.convoca.shared.Ids.parse(c.value()).map(id -> label.apply(c.kind(), id))
                        .orElse(null));
            }
            condition.put("exclude", c.excluded());
            conditions.add(condition);
        }
        json.put("conditions", conditions);
        if (count != null) {
            json.put("count", count.matching());
            json.put("reachable_count", count.reachable());
        }
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", Map.of("href", links.absolute(BASE + "/" + s.id())));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
