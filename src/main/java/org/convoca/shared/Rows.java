package org.convoca.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows in one statement: on PostgreSQL every statement is a round trip and is planned on its own, even inside a
 * JDBC batch, so a group of signers written row by row costs a group of round trips.
 */
public final class Rows {

    /** Rows per statement at most, which keeps any table's parameters far below PostgreSQL's 65,535. */
    public static final int MOST = 100;

    private Rows() {
    }

    /**
     * Inserts one row per item: {@code into} is {@code "table (a, b, c)"} and {@code values} gives an item's values
     * in that order.
     */
    public static <T> void insert(JdbcTemplate jdbc, String into, List<T> items, Function<T, Object[]> values) {
        for (int from = 0; from < items.size(); from += MOST) {
            List<T> some = items.subList(from, Math.min(items.size(), from + MOST));
            List<Object> params = new ArrayList<>();
            String row = null;
            for (T item : some) {
                Object[] v = values.apply(item);
                row = row != null ? row : "(" + String.join(", ", Collections.nCopies(v.length, "?")) + ")";
                Collections.addAll(params, v);
            }
            jdbc.update("INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(some.size(), row)),
                    params.toArray());
        }
    }

    /**
     * {@code (VALUES (CAST(? AS type)), ...)}, n of them, to join a table against. A join looks each value up in an
     * index, in H2 and PostgreSQL alike; given {@code IN (?, ?, ...)}, H2 uses only the first column of a
     * two-column index, and so reads every row of a workspace.
     */
    public static String values(int n, String type) {
        return "(VALUES " + String.join(", ", Collections.nCopies(n, "(CAST(? AS " + type + "))")) + ")";
    }
}
