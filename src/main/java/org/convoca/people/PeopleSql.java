package org.convoca.people;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns a {@link PeopleQuery} into a WHERE clause with its parameters, always scoped to one workspace. */
record PeopleSql(String where, List<Object> params) {

    static PeopleSql of(UUID workspaceId, PeopleQuery q) {
        StringBuilder w = new StringBuilder("p.workspace_id = ?");
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        for (String term : PersonWords.terms(q.text())) {
            word(w, params, workspaceId, term);
        }
        if (q.tagId() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM taggings t WHERE t.person_id = p.id AND t.tag_id = ?)");
            params.add(q.tagId());
        }
        if (q.listId() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM list_items i WHERE i.person_id = p.id AND i.list_id = ?)");
            params.add(q.listId());
        }
        eq(w, params, "p.language", q.language());
        eq(w, params, "p.region", q.region());
        eq(w, params, "p.email_status", q.emailStatus() == null ? null : q.emailStatus().wire());
        eq(w, params, "p.email", q.email() == null ? null : PersonLimits.normalizeEmail(q.email()));
        eq(w, params, "p.given_name", q.givenName());
        eq(w, params, "p.family_name", q.familyName());
        eq(w, params, "p.postal_code", q.postalCode());
        if (q.id() != null) {
            w.append(" AND p.id = ?");
            params.add(q.id());
        }
        range(w, params, "p.created_at", ">", q.createdAfter());
        range(w, params, "p.created_at", "<", q.createdBefore());
        range(w, params, "p.modified_at", ">", q.modifiedAfter());
        range(w, params, "p.modified_at", "<", q.modifiedBefore());
        return new PeopleSql(w.toString(), params);
    }

    /**
     * Someone with a word that starts with {@code term}. The range bounds the index scan whatever the database makes
     * of a LIKE parameter (PostgreSQL cannot use one in a generic plan); LIKE then keeps only true prefixes.
     */
    private static void word(StringBuilder w, List<Object> params, UUID workspaceId, String term) {
        w.append(" AND p.id IN (SELECT pw.person_id FROM person_words pw WHERE pw.workspace_id = ?");
        params.add(workspaceId);
        char last = term.charAt(term.length() - 1);
        if (!Character.isSurrogate(last) && last < '\uD7FF') {
            w.append(" AND pw.word >= ? AND pw.word < ?");
            params.add(term);
            params.add(term.substring(0, term.length() - 1) + (char) (last + 1));
        }
        w.append(" AND pw.word LIKE ? ESCAPE '\\')");
        params.add(term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    String orderBy(PeopleQuery.Order order) {
        return switch (order == null ? PeopleQuery.Order.NAME : order) {
            case NAME -> " ORDER BY p.family_name, p.given_name, p.id";
            case CREATED -> " ORDER BY p.created_at, p.id";
            case MODIFIED -> " ORDER BY p.modified_at, p.id";
        };
    }

    private static void eq(StringBuilder w, List<Object> params, String column, String value) {
        if (value != null) {
            w.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void range(StringBuilder w, List<Object> params, String column, String op, java.time.Instant at) {
        if (at != null) {
            w.append(" AND ").append(column).append(' ').append(op).append(" ?");
            params.add(at.atOffset(ZoneOffset.UTC));
        }
    }
}
