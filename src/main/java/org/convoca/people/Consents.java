package org.convoca.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent records: kept word for word, never edited. */
@Repository
public class Consents {

    public static final int TEXT = 4000;

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Consent record(UUID workspaceId, UUID personId, String text, String form) {
        if (text == null || text.isBlank() || text.length() > TEXT) {
            throw new IllegalArgumentException("A consent text needs 1 to " + TEXT + " characters.");
        }
        String f = PersonLimits.clean(form);
        Consent c = new Consent(Ids.newId(), personId, text, f.length() > 200 ? f.substring(0, 200) : f, People.now());
        jdbc.sql("""
                INSERT INTO consents (id, workspace_id, person_id, consent_text, form, given_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(c.id(), workspaceId, personId, c.text(), c.form(), People.utc(c.givenAt())).update();
        return c;
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
