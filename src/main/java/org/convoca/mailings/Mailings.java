package org.convoca.mailings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's mailings with their versions and audiences. Only drafts change here; sending is elsewhere. */
@Repository
public class Mailings {

    private final JdbcClient jdbc;
    private final Targets targets;
    private final Wrappers wrappers;

    Mailings(JdbcClient jdbc, Targets targets, Wrappers wrappers) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.wrappers = wrappers;
    }

    public Optional<Mailing> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM mailings WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(this::map).optional().map(this::complete);
    }

    /** Newest first, without their versions. */
    public List<Mailing> page(UUID workspaceId, long offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM mailings WHERE workspace_id = ? ORDER BY created_at DESC, id DESC
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""").params(workspaceId, offset, limit).query(this::map).list();
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM mailings WHERE workspace_id = ?").param(workspaceId).query(Long.class)
                .single();
    }

    /** The names of the custom fields this workspace's people have, which merge fields may use. */
    public Set<String> customFields(UUID workspaceId) {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT field_name FROM person_fields WHERE workspace_id = ?")
                .param(workspaceId).query(String.class).list());
    }

    /** Saves a new draft; without a wrapper of its own it takes the workspace's default one. */
    @Transactional
    public Mailing create(UUID workspaceId, Mailing draft, UUID requestedBy) {
        Instant now = now();
        UUID wrapper = draft.wrapperId() != null ? draft.wrapperId() : wrappers.defaultId(workspaceId).orElse(null);
        Mailing m = new Mailing(Ids.newId(), workspaceId, draft.name().strip(), draft.fromName().strip(),
                draft.fromAddress().strip(), draft.replyTo().strip(), wrapper, draft.audience(),
                MailingStatus.DRAFT, null, null, null, null, requestedBy, now, now, draft.versions());
        check(m);
        jdbc.sql("""
                INSERT INTO mailings (id, workspace_id, name, from_name, from_address, reply_to, wrapper_id, everyone,
                status, requested_by, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)""")
                .params(m.id(), workspaceId, m.name(), m.fromName(), m.fromAddress(), m.replyTo(), m.wrapperId(),
                        m.audience().everyone(), requestedBy, utc(now), utc(now))
                .update();
        writeParts(m);
        return m;
    }

    /** Saves a draft as given; a mailing that is no longer a draft cannot change. */
    @Transactional
    public Mailing update(Mailing changed) {
        Mailing m = new Mailing(changed.id(), changed.workspaceId(), changed.name().strip(), changed.fromName().strip(),
                changed.fromAddress().strip(), changed.replyTo().strip(), changed.wrapperId(), changed.audience(),
                MailingStatus.DRAFT, null, null, null, null, changed.requestedBy(), changed.createdAt(), now(),
                changed.versions());
        check(m);
        int rows = jdbc.sql("""
                UPDATE mailings SET name = ?, from_name = ?, from_address = ?, reply_to = ?, wrapper_id = ?,
                everyone = ?, modified_at = ? WHERE workspace_id = ? AND id = ? AND status = 'draft'""")
                .params(m.name(), m.fromName(), m.fromAddress(), m.replyTo(), m.wrapperId(), m.audience().everyone(),
                        utc(m.modifiedAt()), m.workspaceId(), m.id())
                .update();
        if (rows == 0) {
            throw new InvalidMailingException(Map.of("status", "Only a draft can be changed; this mailing has been "
                    + "sent or scheduled."));
        }
        jdbc.sql("DELETE FROM mailing_versions WHERE mailing_id = ? AND workspace_id = ?")
                .params(m.id(), m.workspaceId()).update();
        jdbc.sql("DELETE FROM mailing_targets WHERE mailing_id = ? AND workspace_id = ?")
                .params(m.id(), m.workspaceId()).update();
        writeParts(m);
        return m;
    }

    /** Deletes a draft; false when there is no such draft. */
    public boolean deleteDraft(UUID workspaceId, UUID id) {
        return jdbc.sql("DELETE FROM mailings WHERE workspace_id = ? AND id = ? AND status = 'draft'")
                .params(workspaceId, id).update() > 0;
    }

    private void check(Mailing m) {
        Map<String, String> problems = new LinkedHashMap<>(MailingRules.problems(m, customFields(m.workspaceId())));
        problems.putAll(targets.problems(m));
        if (!problems.isEmpty()) {
            throw new InvalidMailingException(problems);
        }
    }

    private void writeParts(Mailing m) {
        for (MailingVersion v : m.versions().values()) {
            jdbc.sql("""
                    INSERT INTO mailing_versions (mailing_id, workspace_id, language, subject, preheader, blocks)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(m.id(), m.workspaceId(), v.language(), v.subject().strip(), v.preheader().strip(),
                            BlocksJson.write(v.blocks()))
                    .update();
        }
        for (Audience.Target t : m.audience().targets()) {
            jdbc.sql("""
                    INSERT INTO mailing_targets (mailing_id, workspace_id, kind, target_id, excluded)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(m.id(), m.workspaceId(), t.kind().name().toLowerCase(), t.id(), t.excluded()).update();
        }
    }

    private Mailing complete(Mailing m) {
        Map<String, MailingVersion> versions = new HashMap<>();
        jdbc.sql("SELECT * FROM mailing_versions WHERE mailing_id = ? AND workspace_id = ?")
                .params(m.id(), m.workspaceId())
                .query((ResultSet rs) -> {
                    versions.put(rs.getString("language"), new MailingVersion(rs.getString("language"),
                            rs.getString("subject"), rs.getString("preheader"), BlocksJson.read(rs.getString("blocks"))));
                });
        List<Audience.Target> list = new ArrayList<>();
        jdbc.sql("SELECT * FROM mailing_targets WHERE mailing_id = ? AND workspace_id = ? ORDER BY kind, target_id")
                .params(m.id(), m.workspaceId())
                .query((ResultSet rs) -> {
                    list.add(new Audience.Target(Audience.Kind.valueOf(rs.getString("kind").toUpperCase()),
                            rs.getObject("target_id", UUID.class), rs.getBoolean("excluded")));
                });
        return new Mailing(m.id(), m.workspaceId(), m.name(), m.fromName(), m.fromAddress(), m.replyTo(), m.wrapperId(),
                new Audience(m.audience().everyone(), list), m.status(), m.scheduledAt(), m.startedAt(),
                m.finishedAt(), m.progress(), m.requestedBy(), m.createdAt(), m.modifiedAt(), versions);
    }

    private Mailing map(ResultSet rs, int row) throws SQLException {
        return new Mailing(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("name"), rs.getString("from_name"), rs.getString("from_address"),
                rs.getString("reply_to"), rs.getObject("wrapper_id", UUID.class),
                new Audience(rs.getBoolean("everyone"), List.of()), MailingStatus.parse(rs.getString("status")),
                instant(rs, "scheduled_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                new Mailing.Progress(rs.getLong("total_recipients"), rs.getLong("sent_count"),
                        rs.getLong("failed_count"), rs.getLong("skipped_count")),
                rs.getObject("requested_by", UUID.class), instant(rs, "created_at"), instant(rs, "modified_at"),
                Map.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
