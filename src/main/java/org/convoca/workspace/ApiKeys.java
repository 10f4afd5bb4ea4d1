package org.convoca.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API keys: each belongs to one workspace and sees only its data. Only a SHA-256 hash is stored; the key is
 * shown once, when it is made.
 */
@Service
public class ApiKeys {

    /** A key as staff see it in the list: never the key itself, only its first characters. */
    public record ApiKey(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    /** A key just made: the only moment its full text is known. */
    public record NewKey(ApiKey key, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    // A key's "last used" time is written at most once a minute per node, not on every request.
    private static final long TOUCH_EVERY_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final java.util.Map<String, Long> lastTouched = new java.util.concurrent.ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NewKey create(UUID workspaceId, String name) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = "cvk_" + HexFormat.of().formatHex(bytes);
        String clean = name == null || name.isBlank() ? "API key" : name.strip();
        ApiKey key = new ApiKey(Ids.newId(), clean.length() > 200 ? clean.substring(0, 200) : clean,
                secret.substring(0, 12), Instant.now(), null, null);
        jdbc.sql("""
                INSERT INTO api_keys (id, workspace_id, name, key_hash, key_prefix, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(key.id(), workspaceId, key.name(), hash(secret), key.prefix(),
                        key.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return new NewKey(key, secret);
    }

    /** The workspace a key belongs to, if the key exists and is not revoked. */
    public Optional<UUID> workspaceFor(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret.strip());
        Optional<UUID> workspace = jdbc.sql("SELECT workspace_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash).query(UUID.class).optional();
        workspace.ifPresent(w -> touch(hash));
        return workspace;
    }

    private void touch(String hash) {
        long now = System.currentTimeMillis();
        Long previous = lastTouched.get(hash);
        if (previous == null || now - previous > TOUCH_EVERY_MILLIS) {
            lastTouched.put(hash, now);
            jdbc.sql("UPDATE api_keys SET last_used_at = ? WHERE key_hash = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC), hash).update();
        }
    }

    public List<ApiKey> of(UUID workspaceId) {
        return jdbc.sql("SELECT * FROM api_keys WHERE workspace_id = ? ORDER BY created_at DESC")
                .param(workspaceId)
                .query((rs, n) -> new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("key_prefix"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    public boolean revoke(UUID workspaceId, UUID keyId) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(ZoneOffset.UTC), workspaceId, keyId).update() > 0;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
