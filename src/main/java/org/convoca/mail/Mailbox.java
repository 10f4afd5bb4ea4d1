package org.convoca.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The development mailbox: outgoing mail kept in the database when no SMTP relay is configured. */
@Repository
public class Mailbox {

    // Recipients are compared in lower case, as staff and supporter addresses are stored.
    private static final String VISIBLE = """
            ((workspace_id = ? AND (? OR requested_by = ?)) OR recipient = ?)""";

    private final JdbcClient jdbc;

    Mailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void capture(OutgoingEmail email, String sender) {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO mailbox (id, workspace_id, requested_by, recipient, sender, subject, text_body, html_body,
                sent_at, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, email.workspaceId(), email.requestedBy(), email.to().toLowerCase(Locale.ROOT),
                        sender.length() > 400 ? sender.substring(0, 400) : sender, email.subject(),
                        email.textBody(), email.htmlBody(), OffsetDateTime.now(ZoneOffset.UTC), email.replyTo())
                .update();
        int position = 0;
        for (OutgoingEmail.Attachment a : email.attachments()) {
            jdbc.sql("INSERT INTO mailbox_attachments (mail_id, position, file_name, content_type, content) "
                    + "VALUES (?, ?, ?, ?, ?)").params(id, position++, a.fileName(), a.contentType(), a.content())
                    .update();
        }
    }

    /** The files attached to a captured message the reader may read, in the order they were attached. */
    public List<OutgoingEmail.Attachment> attachments(MailboxReader reader, UUID id) {
        if (find(reader, id).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM mailbox_attachments WHERE mail_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new OutgoingEmail.Attachment(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /** Newest first. */
    public List<CapturedMail.Summary> page(MailboxReader reader, int offset, int limit) {
        return jdbc.sql("SELECT id, recipient, sender, subject, html_body IS NOT NULL AS has_html, sent_at "
                        + "FROM mailbox WHERE " + VISIBLE
                        + " ORDER BY sent_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(visibility(reader, offset, limit))
                .query((rs, n) -> new CapturedMail.Summary(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("sender"), rs.getString("subject"), rs.getBoolean("has_html"),
                        instant(rs.getObject("sent_at", OffsetDateTime.class))))
                .list();
    }

    public Optional<CapturedMail> find(MailboxReader reader, UUID id) {
        return jdbc.sql("SELECT * FROM mailbox WHERE id = ? AND " + VISIBLE)
                .params(prepend(id, visibility(reader)))
                .query((rs, n) -> new CapturedMail(rs.getObject("id", UUID.class),
                        rs.getObject("workspace_id", UUID.class), rs.getString("recipient"), rs.getString("sender"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        instant(rs.getObject("sent_at", OffsetDateTime.class))))
                .optional();
    }

    private static Object[] visibility(MailboxReader r, Object... more) {
        Object[] base = {r.workspaceId(), r.wholeWorkspace(), r.accountId(), r.email().toLowerCase(Locale.ROOT)};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
