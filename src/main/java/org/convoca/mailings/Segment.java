package org.convoca.mailings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A saved query: people for whom all (or any) of the conditions hold, minus those who match any exclusion. A
 * negated condition ("does not have the tag") takes part in the all/any like the others.
 */
public record Segment(UUID id, UUID workspaceId, String name, boolean matchAll, List<Condition> conditions,
        Instant createdAt, Instant modifiedAt) {

    public static final int NAME = 200;
    public static final int MAX_CONDITIONS = 20;
    public static final int VALUE = 200;

    public enum Kind {
        TAG, LIST, LANGUAGE, REGION, POSTAL_CODE, CREATED_SINCE, CREATED_BEFORE, EMAIL_STATUS, SIGNED_PETITION,
        ATTENDED_EVENT;

        /** Whether the value names a record (a tag, a list, a petition, an event) rather than being typed in. */
        public boolean namesRecord() {
            return this == TAG || this == LIST || this == SIGNED_PETITION || this == ATTENDED_EVENT;
        }
    }

    /**
     * One condition; {@code value} is a tag, list or petition id, a language code, a region, a postal code prefix,
     * a date or an email status.
     */
    public record Condition(Kind kind, boolean negated, String value, boolean excluded) {

        public Condition {
            value = value == null ? "" : value.strip();
        }

        public Condition(Kind kind, boolean negated, String value) {
            this(kind, negated, value, false);
        }
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
