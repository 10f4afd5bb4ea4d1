package org.convoca.actions.signon;

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
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's sign-on letters with their texts. Every method is scoped to one workspace. */
@Repository
public class SignonLetters {

    private static final String SELECT = "SELECT * FROM signon_letters WHERE workspace_id = ?";

    private final JdbcClient jdbc;

    SignonLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SignonLetter> find(UUID workspaceId, UUID id) {
        return withTexts(jdbc.sql(SELECT + " AND id = ?").params(workspaceId, id).query(SignonLetters::map).list())
                .stream().findFirst();
    }

    public Optional<SignonLetter> findBySlug(UUID workspaceId, String slug) {
        return withTexts(jdbc.sql(SELECT + " AND slug = ?").params(workspaceId, slug).query(SignonLetters::map)
                .list()).stream().findFirst();
    }

    /** Newest first, for staff. */
    public List<SignonLetter> newest(UUID workspaceId, long offset, int limit) {
        return withTexts(jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(SignonLetters::map).list());
    }

    /** In creation order, as the API pages them. */
    public List<SignonLetter> page(UUID workspaceId, long offset, int limit) {
        return withTexts(jdbc.sql(SELECT + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(SignonLetters::map).list());
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM signon_letters WHERE workspace_id = ?").params(workspaceId)
                .query(Long.class).single();
    }

    /** Saves a new letter; the draft's id and dates are ignored, and its slug is made unique if taken. */
    @Transactional
    public SignonLetter create(UUID workspaceId, SignonLetter draft) {
        Instant now = now();
        SignonLetter l = new SignonLetter(Ids.newId(), workspaceId, freeSlug(workspaceId, draft.slug()),
                draft.status(), draft.addressee(), draft.deadline(), draft.signers(), draft.moderated(),
                draft.groupByScope(), draft.defaultLanguage(), draft.texts(), now, now);
        check(l);
        jdbc.sql("""
                INSERT INTO signon_letters (slug, status, addressee, deadline, signers, moderated, group_by_scope,
                default_language, modified_at, id, workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values(l)).param(utc(now)).update();
        writeTexts(l);
        return l;
    }

    /** Saves every field as given; a slug another letter of the workspace has is refused. */
    @Transactional
    public SignonLetter update(SignonLetter changed) {
        SignonLetter l = new SignonLetter(changed.id(), changed.workspaceId(), changed.slug(), changed.status(),
                changed.addressee(), changed.deadline(), changed.signers(), changed.moderated(),
                changed.groupByScope(), changed.defaultLanguage(), changed.texts(), changed.createdAt(), now());
        check(l);
        try {
            int rows = jdbc.sql("""
                    UPDATE signon_letters SET slug = ?, status = ?, addressee = ?, deadline = ?, signers = ?,
                    moderated = ?, group_by_scope = ?, default_language = ?, modified_at = ?
                    WHERE id = ? AND workspace_id = ?""").params(values(l)).update();
            if (rows == 0) {
                throw new IllegalArgumentException("No such letter in this workspace: " + l.id());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidLetterException(Map.of("slug", new LetterLimits.Problem("slug-taken", 0)));
        }
        jdbc.sql("DELETE FROM signon_letter_texts WHERE letter_id = ? AND workspace_id = ?")
                .params(l.id(), l.workspaceId()).update();
        writeTexts(l);
        return l;
    }

    public boolean setStatus(UUID workspaceId, UUID id, LetterStatus status) {
        return jdbc.sql("UPDATE signon_letters SET status = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(status.wire(), utc(now()), workspaceId, id).update() == 1;
    }

    /**
     * Holds the letter's row until the transaction ends, so that two organizations signing at once are compared
     * with each other rather than each only with those before them.
     */
    void lock(UUID workspaceId, UUID id) {
        jdbc.sql("SELECT id FROM signon_letters WHERE workspace_id = ? AND id = ? FOR UPDATE")
                .params(workspaceId, id).query(UUID.class).optional();
    }

    private String freeSlug(UUID workspaceId, String slug) {
        String candidate = slug;
        for (int n = 2; findSlug(workspaceId, candidate); n++) {
            String suffix = "-" + n;
            candidate = (slug.length() + suffix.length() > PetitionLimits.SLUG
                    ? slug.substring(0, PetitionLimits.SLUG - suffix.length()) : slug) + suffix;
        }
        return candidate;
    }

    private boolean findSlug(UUID workspaceId, String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM signon_letters WHERE workspace_id = ? AND slug = ?")
                .params(workspaceId, slug).query(Long.class).single() > 0;
    }

    private static void check(SignonLetter l) {
        Map<String, LetterLimits.Problem> problems = LetterLimits.problems(l);
        if (!problems.isEmpty()) {
            throw new InvalidLetterException(problems);
        }
    }

    private void writeTexts(SignonLetter l) {
        l.texts().forEach((language, t) -> jdbc.sql("""
                INSERT INTO signon_letter_texts (letter_id, workspace_id, language, title, body, demands, consent_text,
                thanks_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l.id(), l.workspaceId(), language, t.title(), t.body(), t.demands(), t.consent(), t.thanks())
                .update());
    }

    private List<SignonLetter> withTexts(List<SignonLetter> letters) {
        if (letters.isEmpty()) {
            return letters;
        }
        Map<UUID, Map<String, LetterText>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM signon_letter_texts WHERE workspace_id = :ws AND letter_id IN (:ids)")
                .param("ws", letters.getFirst().workspaceId())
                .param("ids", letters.stream().map(SignonLetter::id).toList())
                .query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("letter_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new LetterText(rs.getString("language"),
                                    rs.getString("title"), rs.getString("body"), rs.getString("demands"),
                                    rs.getString("consent_text"), rs.getString("thanks_text")));
                });
        List<SignonLetter> result = new ArrayList<>(letters.size());
        for (SignonLetter l : letters) {
            result.add(new SignonLetter(l.id(), l.workspaceId(), l.slug(), l.status(), l.addressee(), l.deadline(),
                    l.signers(), l.moderated(), l.groupByScope(), l.defaultLanguage(),
                    texts.getOrDefault(l.id(), Map.of()), l.createdAt(), l.modifiedAt()));
        }
        return result;
    }

    private static Object[] values(SignonLetter l) {
        return new Object[] {l.slug(), l.status().wire(), l.addressee(),
            l.deadline() == null ? null : utc(l.deadline()), l.signers().wire(), l.moderated(), l.groupByScope(),
            l.defaultLanguage(), utc(l.modifiedAt()), l.id(), l.workspaceId()};
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static SignonLetter map(ResultSet rs, int row) throws SQLException {
        return new SignonLetter(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), LetterStatus.parse(rs.getString("status")).orElse(LetterStatus.DRAFT),
                rs.getString("addressee"), instant(rs, "deadline"),
                SignonLetter.Signers.parse(rs.getString("signers")).orElse(SignonLetter.Signers.BOTH),
                rs.getBoolean("moderated"), rs.getBoolean("group_by_scope"), rs.getString("default_language"),
                Map.of(), instant(rs, "created_at"), instant(rs, "modified_at"));
    }
}
