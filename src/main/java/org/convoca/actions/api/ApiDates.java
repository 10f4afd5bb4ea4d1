package org.convoca.actions.api;

import java.time.Instant;
import java.util.List;
import org.convoca.api.ApiFilter;

/** The window of dates a filter on {@code created_date} or {@code modified_date} names. */
public record ApiDates(Instant after, Instant before) {

    public static ApiDates of(List<ApiFilter.Clause> clauses, String field) {
        Instant after = null;
        Instant before = null;
        for (ApiFilter.Clause c : clauses) {
            if (!c.field().equals(field)) {
                continue;
            }
            switch (c.op()) {
                case GT -> after = later(after, c.end());
                case LT -> before = earlier(before, c.instant());
                case EQ -> {
                    after = later(after, c.instant());
                    before = earlier(before, c.end());
                }
            }
        }
        return new ApiDates(after, before);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
