package org.convoca.mailings;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.people.Activities;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies bounces, complaints and unsubscribe requests to one workspace's people: a hard bounce marks the address
 * bouncing, a complaint marks it complaining (and so unsubscribed), a request unsubscribes it; soft bounces are
 * only acknowledged. Reports about anyone outside the workspace change nothing.
 */
@Service
public class MailEvents {

    private static final Pattern MESSAGE_ID = Pattern.compile("<?([0-9a-f-]{36})\\.(\\d{1,18})@[^>]*>?");

    /** What became of one report; {@code applied} is false when nobody in the workspace matched. */
    public record Outcome(MailReport.Kind kind, boolean applied) {
    }

    private final SignedLinks links;
    private final People people;
    private final Activities activities;
    private final JdbcClient jdbc;

    MailEvents(SignedLinks links, People people, Activities activities, JdbcClient jdbc) {
        this.links = links;
        this.people = people;
        this.activities = activities;
        this.jdbc = jdbc;
    }

    /** Reads a raw message (a DSN, an ARF report, a forwarded unsubscribe email) and applies what it reports. */
    public List<Outcome> applyMessage(UUID workspaceId, byte[] raw) {
        try {
            return apply(workspaceId, ReportParser.parse(raw));
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("The message could not be read as an email: " + e.getMessage(), e);
        }
    }

    @Transactional
    public List<Outcome> apply(UUID workspaceId, List<MailReport> reports) {
        List<Outcome> outcomes = new ArrayList<>();
        for (MailReport r : reports) {
            Optional<Target> target = find(workspaceId, r);
            outcomes.add(new Outcome(r.kind(), target.isPresent() && r.kind() != MailReport.Kind.SOFT_BOUNCE));
            target.ifPresent(t -> apply(workspaceId, t, r));
        }
        return outcomes;
    }

    private record Target(Person person, UUID mailingId) {
    }

    private void apply(UUID workspaceId, Target t, MailReport r) {
        Person p = t.person();
        EmailStatus status;
        String column;
        String summary;
        switch (r.kind()) {
            case HARD_BOUNCE -> {
                status = EmailStatus.BOUNCING;
                column = "bounced_at";
                summary = "The address bounced (" + r.status() + ")";
            }
            case COMPLAINT -> {
                status = EmailStatus.SPAM_COMPLAINT;
                column = "complained_at";
                summary = "Reported a newsletter as spam";
            }
            case UNSUBSCRIBE -> {
                status = EmailStatus.UNSUBSCRIBED;
                column = "unsubscribed_at";
                summary = "Unsubscribed by email";
            }
            default -> {
                return;
            }
        }
        boolean wasSubscribed = p.emailStatus() == EmailStatus.SUBSCRIBED;
        if (wasSubscribed || (status == EmailStatus.SPAM_COMPLAINT && p.emailStatus() != status)) {
            people.update(p.withEmail(p.email(), status));
            activities.record(workspaceId, p.id(), "mailing." + r.kind().name().toLowerCase(), summary);
        }
        if (t.mailingId() != null) {
            jdbc.sql("UPDATE mailing_recipients SET " + column + " = ? WHERE mailing_id = ? AND workspace_id = ? "
                            + "AND person_id = ? AND " + column + " IS NULL")
                    .params(Mailings.utc(Mailings.now()), t.mailingId(), workspaceId, p.id()).update();
        }
    }

    private Optional<Target> find(UUID workspaceId, MailReport r) {
        if (r.token() != null) {
            Optional<Target> byToken = links.read(r.token()).filter(l -> l.workspaceId().equals(workspaceId))
                    .flatMap(l -> people.find(workspaceId, l.personId()).map(p -> new Target(p, l.mailingId())));
            if (byToken.isPresent()) {
                return byToken;
            }
        }
        if (r.messageId() != null) {
            Matcher m = MESSAGE_ID.matcher(r.messageId().strip());
            if (m.matches()) {
                Optional<UUID> mailing = Ids.parse(m.group(1));
                Optional<Target> byId = mailing.flatMap(id -> jdbc.sql("SELECT person_id FROM mailing_recipients "
                                + "WHERE id = ? AND mailing_id = ? AND workspace_id = ?")
                        .params(Long.parseLong(m.group(2)), id, workspaceId).query(UUID.class).optional())
                        .flatMap(person -> people.find(workspaceId, person))
                        .map(p -> new Target(p, mailing.get()));
                if (byId.isPresent()) {
                    return byId;
                }
            }
        }
        if (r.recipient() != null && !r.recipient().isBlank()) {
            return people.findByEmail(workspaceId, r.recipient()).map(p -> new Target(p, null));
        }
        return Optional.empty();
    }
}
