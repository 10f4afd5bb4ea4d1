package org.convoca.mailings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved query: people for whom all (or any) of the conditions hold. A negated condition excludes. */
public record Segment(UUID id, UUID workspaceId, String name, boolean matchAll, List<Condition> conditions,
        Instant createdAt, Instant modifiedAt) {

    public static final int NAME = 200;
    public static final int MAX_CONDITIONS = 20;

    public enum Kind { TAG, LIST, LANGUAGE, REGION, POSTAL_CODE, CREATED_SINCE, EMAIL_STATUS }

    /** One condition; {@code value} is a tag or list id, a language code, a region, a postal code prefix, a date. */
    public record Condition(Kind kind, boolean negated, String value) {
    }

    public Segment {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** The same conditions without a name, for counting a segment still being edited. */
    public Segment withoutName() {
        return new Segment(id, workspaceId, null, matchAll, conditions, createdAt, modifiedAt);
    }

    public static Segment draft(String name, boolean matchAll, List<Condition> conditions) {
        return new Segment(null, null, name, matchAll, conditions, null, null);
    }
}
