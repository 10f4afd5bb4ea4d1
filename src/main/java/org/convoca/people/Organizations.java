package org.convoca.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's partner organizations and signatories, and the people who are their contacts. A workspace
 * has hundreds or a few thousand of them, not millions, so plain OFFSET paging and a scan for search serve.
 */
@Repository
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM organizations WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Organizations::map).optional();
    }

    /** Organizations whose name or aliases contain every word of {@code text}, ignoring case and accents. */
    public List<Organization> page(UUID workspaceId, String text, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(workspaceId, text, params);
        return jdbc.sql("SELECT * FROM organizations WHERE " + where
                        + " ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).param(offset).param(limit).query(Organizations::map).list();
    }

    public long count(UUID workspaceId, String text) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM organizations WHERE " + where(workspaceId, text, params))
                .params(params).query(Long.class).single();
    }

    public Organization create(UUID workspaceId, Organization draft) {
        Instant now = People.now();
        Organization o = draft.withDates(Ids.newId(), workspaceId, now, now);
        check(o);
        jdbc.sql("""
                INSERT INTO organizations (name, aliases, website, locality, region, country, scope, search_text,
                modified_at, id, workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values(o)).param(People.utc(now)).update();
        return o;
    }

    /** Saves every field as given; false when the organization is not in this workspace. */
    public boolean update(Organization changed) {
        Organization o = changed.withDates(changed.id(), changed.workspaceId(), changed.createdAt(), People.now());
        check(o);
        return jdbc.sql("""
                UPDATE organizations SET name = ?, aliases = ?, website = ?, locality = ?, region = ?, country = ?,
                scope = ?, search_text = ?, modified_at = ? WHERE id = ? AND workspace_id = ?""")
                .params(values(o)).update() > 0;
    }

    public List<Person> contacts(UUID workspaceId, UUID organizationId, int limit) {
        return jdbc.sql("""
                SELECT p.* FROM people p JOIN organization_contacts c ON c.person_id = p.id
                WHERE c.workspace_id = ? AND c.organization_id = ? AND p.workspace_id = ?
                ORDER BY p.family_name, p.given_name, p.id FETCH FIRST ? ROWS ONLY""")
                .params(workspaceId, organizationId, workspaceId, limit).query(People::map).list();
    }

    /** Makes the person a contact of the organization, when both are in this workspace; twice changes nothing. */
    @Transactional
    public boolean addContact(UUID workspaceId, UUID organizationId, UUID personId) {
        return jdbc.sql("""
                INSERT INTO organization_contacts (organization_id, person_id, workspace_id)
                SELECT o.id, p.id, o.workspace_id FROM organizations o JOIN people p ON p.workspace_id = o.workspace_id
                WHERE o.workspace_id = ? AND o.id = ? AND p.id = ? AND NOT EXISTS (
                  SELECT 1 FROM organization_contacts c WHERE c.organization_id = o.id AND c.person_id = p.id)""")
                .params(workspaceId, organizationId, personId).update() > 0;
    }

    public boolean removeContact(UUID workspaceId, UUID organizationId, UUID personId) {
        return jdbc.sql("""
                DELETE FROM organization_contacts WHERE workspace_id = ? AND organization_id = ? AND person_id = ?""")
                .params(workspaceId, organizationId, personId).update() > 0;
    }

    /** The organizations a person is a contact for. */
    public List<Organization> of(UUID workspaceId, UUID personId) {
        return jdbc.sql("""
                SELECT o.* FROM organizations o JOIN organization_contacts c ON c.organization_id = o.id
                WHERE c.workspace_id = ? AND c.person_id = ? ORDER BY o.name, o.id""")
                .params(workspaceId, personId).query(Organizations::map).list();
    }

    private static String where(UUID workspaceId, String text, List<Object> params) {
        StringBuilder w = new StringBuilder("workspace_id = ?");
        params.add(workspaceId);
        String words = PersonLimits.searchable(PersonLimits.clean(text));
        if (!words.isEmpty()) {
            for (String word : words.split("\\s+")) {
                w.append(" AND search_text LIKE ? ESCAPE '\\'");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return w.toString();
    }

    private static void check(Organization o) {
        if (!o.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", o.problems().values()));
        }
    }

    private static Object[] values(Organization o) {
        String search = PersonLimits.searchable(o.name() + " " + o.aliases().replace('\n', ' '));
        return new Object[] {o.name(), o.aliases(), o.website(), o.locality(), o.region(), o.country(),
            o.scope().wire(), search.length() > 2400 ? search.substring(0, 2400) : search, People.utc(o.modifiedAt()),
            o.id(), o.workspaceId()};
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getString("aliases"), rs.getString("website"), rs.getString("locality"),
                rs.getString("region"), rs.getString("country"),
                Organization.Scope.parse(rs.getString("scope")).orElse(Organization.Scope.LOCAL),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
