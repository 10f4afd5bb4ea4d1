package org.convoca.actions.letters;

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
import org.convoca.actions.PetitionLimits.Problem;
import org.convoca.actions.PetitionStatus;
import org.convoca.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's advocacy campaigns with their texts and targets. Every method is scoped to one workspace. */
@Repository
public class LetterCampaigns {

    private final JdbcClient jdbc;

    LetterCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static Map<String, Problem> problems(LetterCampaign c) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!PetitionLimits.isSlug(c.slug())) {
            problems.put("slug", new Problem("slug", 0));
        }
        if (!PetitionLimits.isWebAddress(c.nextActionUrl())) {
            problems.put("next_action_url", new Problem("web-address", 0));
        }
        if (c.originSystem().length() > PetitionLimits.ORIGIN) {
            problems.put("origin_system", new Problem("too-long", PetitionLimits.ORIGIN));
        }
        if (!PetitionLimits.LANGUAGES.contains(c.defaultLanguage())) {
            problems.put("default_language", new Problem("language", 0));
        }
        if (c.texts().values().stream().allMatch(t -> t.title().isEmpty())) {
            problems.put("title_" + c.defaultLanguage(), new Problem("title-missing", 0));
        }
        c.texts().forEach((l, t) -> {
            if (!PetitionLimits.LANGUAGES.contains(l)) {
                problems.put("default_language", new Problem("language", 0));
                return;
            }
            if (t.title().isEmpty() && !t.isEmpty()) {
                problems.put("title_" + l, new Problem("title-missing", 0));
            }
            tooLong(problems, "title_" + l, t.title(), PetitionLimits.TITLE);
            tooLong(problems, "body_" + l, t.body(), PetitionLimits.BODY);
            tooLong(problems, "subject_" + l, t.subject(), LetterText.SUBJECT);
            tooLong(problems, "letter_" + l, t.letter(), LetterText.LETTER);
            tooLong(problems, "consent_" + l, t.consent(), PetitionLimits.CONSENT);
            tooLong(problems, "thanks_" + l, t.thanks(), PetitionLimits.THANKS);
        });
        return problems;
    }

    private static void tooLong(Map<String, Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.put(field, new Problem("too-long", max));
        }
    }

    public Optional<LetterCampaign> find(UUID workspaceId, UUID id) {
        return complete(jdbc.sql("SELECT * FROM letter_campaigns WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(LetterCampaigns::map).list()).stream().findFirst();
    }

    public Optional<LetterCampaign> findBySlug(UUID workspaceId, String slug) {
        return complete(jdbc.sql("SELECT * FROM letter_campaigns WHERE workspace_id = ? AND slug = ?")
                .params(workspaceId, slug).query(LetterCampaigns::map).list()).stream().findFirst();
    }

    /** Newest first for staff ({@code newestFirst}), or in creation order as the API pages them. */
    public List<LetterCampaign> page(UUID workspaceId, boolean newestFirst, long offset, int limit) {
        return complete(jdbc.sql("SELECT * FROM letter_campaigns WHERE workspace_id = ? ORDER BY "
                + (newestFirst ? "created_at DESC, id DESC" : "created_at, id")
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(workspaceId, offset, limit).query(LetterCampaigns::map).list());
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM letter_campaigns WHERE workspace_id = ?").param(workspaceId)
                .query(Long.class).single();
    }

    @Transactional
    public LetterCampaign create(UUID workspaceId, LetterCampaign draft) {
        Instant now = now();
        LetterCampaign c = new LetterCampaign(Ids.newId(), workspaceId, freeSlug(workspaceId, draft.slug(), null),
                draft.status(), draft.defaultLanguage(), draft.nextActionUrl(), draft.originSystem(), draft.texts(),
                List.of(), now, now);
        check(c);
        jdbc.sql("""
                INSERT INTO letter_campaigns (slug, status, default_language, next_action_url, origin_system,
                modified_at, id, workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values(c)).param(utc(now)).update();
        writeTexts(c);
        return c;
    }

    /** Saves the campaign's fields and texts; its targets are set with {@link #setTargets}. */
    @Transactional
    public LetterCampaign update(LetterCampaign changed) {
        LetterCampaign c = new LetterCampaign(changed.id(), changed.workspaceId(), changed.slug(), changed.status(),
                changed.defaultLanguage(), changed.nextActionUrl(), changed.originSystem(), changed.texts(),
                changed.targetIds(), changed.createdAt(), now());
        check(c);
        if (!freeSlug(c.workspaceId(), c.slug(), c.id()).equals(c.slug())) {
            throw new InvalidLetterException(Map.of("slug", new Problem("slug-taken", 0)));
        }
        try {
            if (jdbc.sql("""
                    UPDATE letter_campaigns SET slug = ?, status = ?, default_language = ?, next_action_url = ?,
                    origin_system = ?, modified_at = ? WHERE id = ? AND workspace_id = ?""").params(values(c))
                    .update() == 0) {
                throw new IllegalArgumentException("No such campaign in this workspace: " + c.id());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidLetterException(Map.of("slug", new Problem("slug-taken", 0)));
        }
        jdbc.sql("DELETE FROM letter_campaign_texts WHERE campaign_id = ? AND workspace_id = ?")
                .params(c.id(), c.workspaceId()).update();
        writeTexts(c);
        return c;
    }

    public boolean setStatus(UUID workspaceId, UUID id, PetitionStatus status) {
        return jdbc.sql("UPDATE letter_campaigns SET status = ?, modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(status.wire(), utc(now()), workspaceId, id).update() == 1;
    }

    /** Replaces the campaign's targets with these of the workspace's; ids of other workspaces' targets are ignored. */
    @Transactional
    public void setTargets(LetterCampaign c, List<UUID> targetIds) {
        jdbc.sql("DELETE FROM letter_campaign_targets WHERE workspace_id = ? AND campaign_id = ?")
                .params(c.workspaceId(), c.id()).update();
        for (UUID t : targetIds.stream().distinct().limit(Targets.MAX).toList()) {
            jdbc.sql("""
                    INSERT INTO letter_campaign_targets (campaign_id, target_id, workspace_id)
                    SELECT ?, id, workspace_id FROM letter_targets WHERE workspace_id = ? AND id = ?""")
                    .params(c.id(), c.workspaceId(), t).update();
        }
        jdbc.sql("UPDATE letter_campaigns SET modified_at = ? WHERE workspace_id = ? AND id = ?")
                .params(utc(now()), c.workspaceId(), c.id()).update();
    }

    private String freeSlug(UUID workspaceId, String slug, UUID self) {
        String candidate = slug;
        for (int n = 2; taken(workspaceId, candidate, self); n++) {
            String suffix = "-" + n;
            candidate = (slug.length() + suffix.length() > PetitionLimits.SLUG
                    ? slug.substring(0, PetitionLimits.SLUG - suffix.length()) : slug) + suffix;
        }
        return candidate;
    }

    private boolean taken(UUID workspaceId, String slug, UUID self) {
        return jdbc.sql("SELECT id FROM letter_campaigns WHERE workspace_id = ? AND slug = ?")
                .params(workspaceId, slug).query(UUID.class).optional().filter(id -> !id.equals(self)).isPresent();
    }

    private static void check(LetterCampaign c) {
        Map<String, Problem> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new InvalidLetterException(problems);
        }
    }

    private void writeTexts(LetterCampaign c) {
        c.texts().forEach((l, t) -> jdbc.sql("""
                INSERT INTO letter_campaign_texts (campaign_id, workspace_id, language, title, body, subject, letter,
                consent_text, thanks_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.workspaceId(), l, t.title(), t.body(), t.subject(), t.letter(), t.consent(),
                        t.thanks()).update());
    }

    private List<LetterCampaign> complete(List<LetterCampaign> campaigns) {
        if (campaigns.isEmpty()) {
            return campaigns;
        }
        UUID ws = campaigns.getFirst().workspaceId();
        List<UUID> ids = campaigns.stream().map(LetterCampaign::id).toList();
        Map<UUID, Map<String, LetterText>> texts = new HashMap<>();
        jdbc.sql("SELECT * FROM letter_campaign_texts WHERE workspace_id = :ws AND campaign_id IN (:ids)")
                .param("ws", ws).param("ids", ids).query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new LetterText(rs.getString("language"),
                                    rs.getString("title"), rs.getString("body"), rs.getString("subject"),
                                    rs.getString("letter"), rs.getString("consent_text"),
                                    rs.getString("thanks_text")));
                });
        Map<UUID, List<UUID>> targets = new HashMap<>();
        jdbc.sql("SELECT campaign_id, target_id FROM letter_campaign_targets WHERE workspace_id = :ws "
                + "AND campaign_id IN (:ids)").param("ws", ws).param("ids", ids).query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        List<LetterCampaign> result = new ArrayList<>();
        for (LetterCampaign c : campaigns) {
            result.add(new LetterCampaign(c.id(), c.workspaceId(), c.slug(), c.status(), c.defaultLanguage(),
                    c.nextActionUrl(), c.originSystem(), texts.getOrDefault(c.id(), Map.of()),
                    targets.getOrDefault(c.id(), List.of()), c.createdAt(), c.modifiedAt()));
        }
        return result;
    }

    private static Object[] values(LetterCampaign c) {
        return new Object[] {c.slug(), c.status().wire(), c.defaultLanguage(), c.nextActionUrl(), c.originSystem(),
            utc(c.modifiedAt()), c.id(), c.workspaceId()};
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static LetterCampaign map(ResultSet rs, int row) throws SQLException {
        return new LetterCampaign(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("slug"), PetitionStatus.parse(rs.getString("status")).orElse(PetitionStatus.DRAFT),
                rs.getString("default_language"), rs.getString("next_action_url"), rs.getString("origin_system"),
                Map.of(), List.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }
}
