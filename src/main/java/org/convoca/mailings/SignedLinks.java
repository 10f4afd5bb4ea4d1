package org.convoca.mailings;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tokens in unsubscribe and preference links: who (workspace, person) and which mailing, signed with an
 * HMAC-SHA256 key kept in the database, so the links work without cookies or sign-in on any node, and cannot be
 * made up for someone else.
 */
@Component
public class SignedLinks {

    /** What a valid token says; {@code mailingId} is null for links not sent with a mailing. */
    public record Reader(UUID workspaceId, UUID personId, UUID mailingId) {
    }

    /** What a valid open or click token says: whose message, and which of its links ({@link #OPEN} for none). */
    record Hit(UUID workspaceId, UUID personId, UUID mailingId, int link) {
    }

    /** The link number of an open pixel's token. */
    static final int OPEN = 0xFFFF;

    private static final int MAC_BYTES = 16;
    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    SignedLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String token(UUID workspaceId, UUID personId, UUID mailingId) {
        ByteBuffer b = ByteBuffer.allocate(48 + MAC_BYTES);
        put(b, workspaceId);
        put(b, personId);
        put(b, mailingId == null ? NONE : mailingId);
        b.put(mac(b.array(), 48));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    public Optional<Reader> read(String token) {
        return verified(token, 86, 48).map(b -> {
            UUID ws = new UUID(b.getLong(), b.getLong());
            UUID person = new UUID(b.getLong(), b.getLong());
            UUID mailing = new UUID(b.getLong(), b.getLong());
            return new Reader(ws, person, mailing.equals(NONE) ? null : mailing);
        });
    }

    /**
     * A token for one link of a tracked message (or its open pixel, with {@link #OPEN}). Its signed part is two
     * bytes longer than an unsubscribe token's, so neither kind is ever taken for the other.
     */
    String hitToken(UUID workspaceId, UUID personId, UUID mailingId, int link) {
        ByteBuffer b = ByteBuffer.allocate(50 + MAC_BYTES);
        put(b, workspaceId);
        put(b, personId);
        put(b, mailingId);
        b.putShort((short) link);
        b.put(mac(b.array(), 50));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    Optional<Hit> readHit(String token) {
        return verified(token, 88, 50).map(b -> new Hit(new UUID(b.getLong(), b.getLong()),
                new UUID(b.getLong(), b.getLong()), new UUID(b.getLong(), b.getLong()),
                Short.toUnsignedInt(b.getShort())));
    }

    /** The signed bytes of a token of {@code chars} characters whose signature checks out. */
    private Optional<ByteBuffer> verified(String token, int chars, int signed) {
        if (token == null || token.length() != chars) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != signed + MAC_BYTES
                || !MessageDigest.isEqual(mac(raw, signed), Arrays.copyOfRange(raw, signed, raw.length))) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(raw, 0, signed));
    }

    /** Every message sent carries a token, so each thread keeps its own initialized MAC. */
    private byte[] mac(byte[] data, int length) {
        Mac mac = macs.get();
        mac.update(data, 0, length);
        return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            byte[] secret = stored().orElseGet(() -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    jdbc.sql("INSERT INTO mailing_secrets (id, secret, created_at) VALUES (1, ?, ?)")
                            .params(fresh, Mailings.utc(Mailings.now())).update();
                    return fresh;
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    return stored().orElseThrow();
                }
            });
            k = new SecretKeySpec(secret, "HmacSHA256");
            key = k;
        }
        return k;
    }

    private Optional<byte[]> stored() {
        return jdbc.sql("SELECT secret FROM mailing_secrets WHERE id = 1").query(byte[].class).optional();
    }

    private static void put(ByteBuffer b, UUID id) {
        b.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
}
