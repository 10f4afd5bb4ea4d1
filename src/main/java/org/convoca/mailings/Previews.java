package org.convoca.mailings;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mail.MailDeliveryException;
import org.convoca.people.Person;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Service;

/**
 * A mailing as someone will see it: previewed as a given person (or as a stranger, with every fallback), sent as a
 * test to the staff member writing it, and published as its public web version once it has gone out. None of
 * these is tracked: only the messages a send delivers count opens and clicks.
 */
@Service
public class Previews {

    private static final UUID NOBODY = new UUID(0, 0);

    private final Preparer preparer;
    private final Mailings mailings;
    private final Workspaces workspaces;
    private final Couriers couriers;
    private final SignedLinks links;

    Previews(Preparer preparer, Mailings mailings, Workspaces workspaces, Couriers couriers, SignedLinks links) {
        this.preparer = preparer;
        this.mailings = mailings;
        this.workspaces = workspaces;
        this.couriers = couriers;
        this.links = links;
    }

    /** The message {@code person} would get in {@code language}'s version; null person: a stranger's. */
    public RenderedEmail preview(Mailing m, String language, Person person) {
        PreparedMailing p = preparer.prepare(m, false);
        Recipient r = person == null ? Recipient.of("", "", "", Map.of())
                : Recipient.of(person.email() == null ? "" : person.email(), person.givenName(), person.familyName(),
                        person.customFields());
        return p.outgoing(0, person == null ? NOBODY : person.id(), language, r).parts();
    }

    /** A sample newsletter in a wrapper, to judge its look before any mailing uses it. */
    public RenderedEmail sample(UUID workspaceId, UUID wrapperId, MailingVersion version) {
        Mailing m = new Mailing(NOBODY, workspaceId, "", "", "", "", wrapperId, Audience.NOBODY, MailingStatus.DRAFT,
                null, null, null, null, null, null, null, Map.of(version.language(), version));
        return preview(m, version.language(), null);
    }

    /**
     * Sends {@code language}'s version to a staff member, personalized with their name, through the same relay
     * as the real send. Its unsubscribe links name nobody, so they change nothing.
     */
    public void sendTest(Mailing m, String language, String email, String name, UUID accountId) {
        PreparedMailing p = preparer.prepare(withRequester(m, accountId), false);
        Outgoing o = p.outgoing(0, NOBODY, language, Recipient.of(email, name, "", Map.of()));
        Outgoing test = new Outgoing(0, o.mailingId(), o.workspaceId(), accountId, email, o.fromName(),
                o.fromAddress(), o.fromHeader(), o.replyTo(), o.listId(), "<test." + UUID.randomUUID() + "@" + p.domain() + ">",
                o.unsubscribeUrl(), o.unsubscribeMailto(), "[TEST] " + o.subject(), o.version(), o.recipient());
        try (Courier courier = couriers.open()) {
            courier.deliver(test, couriers.wantsBytes() ? MimeWriter.write(test) : null);
        } catch (Courier.Failure e) {
            throw new MailDeliveryException("The test message was not accepted: " + e.getMessage(), e);
        }
    }

    /**
     * The public web version of a mailing that has gone out, never personalized (it can be forwarded); with the
     * reader's own token the footer's links work for them.
     */
    public Optional<String> webVersion(String workspaceSlug, UUID mailingId, String language, String token) {
        return workspaces.findBySlug(workspaceSlug)
                .flatMap(w -> mailings.find(w.id(), mailingId))
                .filter(m -> m.status() == MailingStatus.SENDING || m.status() == MailingStatus.PAUSED
                        || m.status() == MailingStatus.SENT)
                .map(m -> {
                    UUID person = links.read(token).filter(r -> r.workspaceId().equals(m.workspaceId()))
                            .map(SignedLinks.Reader::personId).orElse(NOBODY);
                    return preparer.prepare(m, false).outgoing(0, person, language, Recipient.of("", "", "", Map.of()))
                            .parts().html();
                });
    }

    private static Mailing withRequester(Mailing m, UUID accountId) {
        return new Mailing(m.id(), m.workspaceId(), m.name(), m.fromName(), m.fromAddress(), m.replyTo(),
                m.wrapperId(), m.audience(), m.status(), m.scheduledAt(), m.startedAt(), m.finishedAt(), m.progress(),
                accountId, m.createdAt(), m.modifiedAt(), m.versions());
    }
}
