package org.convoca.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.convoca.shared.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent records: kept word for word, never edited. */
@Repository
public class Consents {

    public static final int TEXT = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Consents(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Consent record(UUID workspaceId, UUID personId, String text, String form) {
        return recordAll(workspaceId, List.of(personId), text, form).getFirst();
    }

    /** The same consent, given on the same form at the same moment by each of these people: one statement. */
    public List<Consent> recordAll(UUID workspaceId, List<UUID> personIds, String text, String form) {
        if (text == null || text.isBlank() || text.length() > TEXT) {
            throw new IllegalArgumentException("A consent text needs 1 to " + TEXT + " characters.");
        }
        String f = PersonLimits.clean(form);
        String where = f.length() > 200 ? f.substring(0, 200) : f;
        Instant now = People.now();
        List<Consent> given = personIds.stream().map(id -> new Consent(Ids.newId(), id, text, where, now)).toList();
        Rows.insert(template, "consents (id, workspace_id, person_id, consent_text, form, given_at)", given,
                c -> new Object[] {c.id(), workspaceId, c.personId(), c.text(), c.form(), People.utc(c.givenAt())});
        return given;
    }

    public List<Consent> of(UUID workspaceId, UUID personId) {
        return jdbc.sql("SELECT * FROM consents WHERE workspace_id = ? AND person_id = ? ORDER BY given_at DESC")
                .params(workspaceId, personId)
                .query((rs, n) -> new Consent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("consent_text"), rs.getString("form"),
                        rs.getObject("given_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
