package org.convoca.workspace.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.convoca.workspace.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations by email: only a hash of each token is stored; a token works once, for seven days. */
@Repository
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a new invitation, replacing any still open for the same address, and returns its token. */
    String create(UUID workspaceId, String email, Role role, UUID invitedBy) {
        jdbc.sql("DELETE FROM invitations WHERE workspace_id = ? AND email = ? AND accepted_at IS NULL")
                .params(workspaceId, email).update();
        String token = Tokens.newToken();
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO invitations (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), workspaceId, email, role.name(), Tokens.hash(token), invitedBy, utc(now),
                        utc(now.plus(VALID_FOR)))
                .update();
        return token;
    }

    Optional<Invitation> findUsable(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM invitations WHERE token_hash = ? AND accepted_at IS NULL AND expires_at > ?")
                .params(Tokens.hash(token), utc(Instant.now())).query(Invitations::map).optional();
    }

    /** True for the one caller that gets to use the invitation, however many try at once. */
    boolean markAccepted(UUID id) {
        OffsetDateTime now = utc(Instant.now());
        return jdbc.sql("UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL AND expires_at > ?")
                .params(now, id, now).update() == 1;
    }

    List<Invitation> pending(UUID workspaceId) {
        return jdbc.sql("""
                SELECT * FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL AND expires_at > ?
                ORDER BY created_at DESC""")
                .params(workspaceId, utc(Instant.now())).query(Invitations::map).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("email"), Role.parse(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
