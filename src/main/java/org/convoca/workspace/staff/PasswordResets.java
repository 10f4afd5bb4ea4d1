package org.convoca.workspace.staff;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mail.Mailer;
import org.convoca.shared.Ids;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a link by email that works once, within an hour. Asking says nothing about whether the
 * account exists; a few requests per address per hour are allowed, whether it exists or not. The request only
 * queues the address in the database-backed scheduler, so it does the same work, in the same time, for an
 * unknown address as for a staff member's; the account is looked up and the link mailed by the queued task,
 * which survives a restart and is retried if the mail relay fails.
 */
@Service
public class PasswordResets {

    /** What the queue holds for one request: the address asked for, normalized. */
    record Requested(String email) implements Serializable {
    }

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final int MAX_REQUESTS_PER_HOUR = 3;
    static final String REQUESTED = "password-reset.requested";
    /** Recorded when the password changes; sign-in failures before it no longer count. */
    public static final String DONE = "password.reset";

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Workspaces workspaces;
    private final PasswordEncoder passwords;
    private final StaffEmails emails;
    private final Mailer mailer;
    private final Links links;
    private final Sessions sessions;
    private final AuditLog audit;
    private final OneTimeTask<Requested> mailTask;
    private final ObjectProvider<SchedulerClient> scheduler;

    PasswordResets(JdbcClient jdbc, StaffAccounts accounts, Workspaces workspaces, PasswordEncoder passwords,
            StaffEmails emails, Mailer mailer, Links links, Sessions sessions, AuditLog audit,
            OneTimeTask<Requested> passwordResetMail, ObjectProvider<SchedulerClient> scheduler) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.passwords = passwords;
        this.emails = emails;
        this.mailer = mailer;
        this.links = links;
        this.sessions = sessions;
        this.audit = audit;
        this.mailTask = passwordResetMail;
        this.scheduler = scheduler;
    }

    /** False when this address asked too often lately; otherwise a link is on its way if the account exists. */
    @Transactional
    public boolean request(String rawEmail, String ip) {
        String email = StaffAccounts.normalizeEmail(rawEmail);
        if (audit.count(email, REQUESTED, Instant.now().minus(Duration.ofHours(1))) >= MAX_REQUESTS_PER_HOUR) {
            return false;
        }
        audit.record(null, null, email, REQUESTED, "", ip);
        scheduler.getObject().schedule(mailTask.instance(Ids.newId().toString(), new Requested(email)), Instant.now());
        return true;
    }

    /**
     * Run by the queued task: mails a new link if the address is a staff account's, and does nothing otherwise.
     * A relay failure rolls the new link back and fails the task, which the scheduler then tries again.
     */
    @Transactional
    void send(String email) {
        accounts.findByEmail(email).ifPresent(account -> {
            String token = Tokens.newToken();
            Instant now = Instant.now();
            jdbc.sql("INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                    .params(Tokens.hash(token), account.id(), utc(now), utc(now.plus(VALID_FOR))).update();
            Workspace w = accounts.memberships(account.id()).stream().findFirst()
                    .flatMap(m -> workspaces.findById(m.workspaceId())).orElse(null);
            String language = account.language() != null ? account.language()
                    : w != null ? w.defaultLanguage() : "en";
            mailer.send(emails.passwordReset(w, account.email(), links.to("/password-reset/" + token),
                    Locale.forLanguageTag(language)));
        });
    }

    /** The account a reset link is for, while it is usable. */
    public Optional<StaffAccount> accountFor(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT account_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(Tokens.hash(token), utc(Instant.now())).query(UUID.class).optional()
                .flatMap(accounts::findById);
    }

    /**
     * Sets the new password and ends every other session of the account.
     *
     * @return false when the link is unknown, used or expired
     */
    @Transactional
    public boolean reset(String token, String newPassword, String currentSessionId, String ip) {
        StaffAccount account = accountFor(token).orElse(null);
        OffsetDateTime now = utc(Instant.now());
        if (account == null || jdbc.sql("""
                UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(now, Tokens.hash(token), now).update() != 1) {
            return false;
        }
        jdbc.sql("UPDATE password_resets SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(now, account.id()).update();
        accounts.changePassword(account.id(), passwords.encode(newPassword));
        sessions.endAll(account.id(), currentSessionId);
        // In every workspace's log the account belongs to, so each workspace's owners learn of it.
        accounts.memberships(account.id()).forEach(m -> audit.record(m.workspaceId(), account.id(), account.email(),
                DONE, "all other sessions ended", ip));
        return true;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
