package org.convoca.mailings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonList;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader can do from a signed link, without signing in: leave at once, or choose their lists and language.
 * An unsubscribe counts for the mailing whose link was used, and holds for every later mailing.
 */
@Service
public class Subscriptions {

    /** The person a valid link belongs to, in the workspace whose address the link used. */
    public record Reader(Workspace workspace, Person person, UUID mailingId) {
    }

    private final SignedLinks links;
    private final Workspaces workspaces;
    private final People people;
    private final Lists lists;
    private final Activities activities;
    private final JdbcClient jdbc;

    Subscriptions(SignedLinks links, Workspaces workspaces, People people, Lists lists, Activities activities,
            JdbcClient jdbc) {
        this.links = links;
        this.workspaces = workspaces;
        this.people = people;
        this.lists = lists;
        this.activities = activities;
        this.jdbc = jdbc;
    }

    /** The reader of a link, if the token is genuine and was made for this workspace. */
    public Optional<Reader> reader(String workspaceSlug, String token) {
        return links.read(token).flatMap(r -> workspaces.findById(r.workspaceId())
                .filter(w -> w.slug().equals(workspaceSlug))
                .flatMap(w -> people.find(w.id(), r.personId()).map(p -> new Reader(w, p, r.mailingId()))));
    }

    /** Unsubscribes the link's reader; doing it twice changes nothing. */
    @Transactional
    public Optional<Reader> unsubscribe(String workspaceSlug, String token) {
        return reader(workspaceSlug, token).map(r -> {
            leave(r, "Unsubscribed with the link in a newsletter");
            return r;
        });
    }

    public List<PersonList> listsOf(Reader r) {
        return lists.of(r.workspace().id(), r.person().id());
    }

    /** Saves the preference center: the lists kept, the language, and whether to get email at all. */
    @Transactional
    public Reader save(Reader r, Set<UUID> keptLists, String language, boolean subscribed) {
        for (PersonList list : listsOf(r)) {
            if (!keptLists.contains(list.id())) {
                lists.remove(r.workspace().id(), list.id(), r.person().id());
            }
        }
        Person p = people.find(r.workspace().id(), r.person().id()).orElseThrow();
        if (MailingRules.LANGUAGES.contains(language) && !language.equals(p.language())) {
            p = people.update(p.withLanguage(language));
        }
        Reader updated = new Reader(r.workspace(), p, r.mailingId());
        if (!subscribed) {
            leave(updated, "Unsubscribed in the preference center");
        } else if (p.emailStatus() == EmailStatus.UNSUBSCRIBED) {
            people.update(p.withEmail(p.email(), EmailStatus.SUBSCRIBED));
            activities.record(r.workspace().id(), p.id(), "mailing.resubscribe", "Subscribed again in the "
                    + "preference center");
        }
        return new Reader(r.workspace(), people.find(r.workspace().id(), p.id()).orElseThrow(), r.mailingId());
    }

    private void leave(Reader r, String summary) {
        Person p = people.find(r.workspace().id(), r.person().id()).orElseThrow();
        if (p.emailStatus() == EmailStatus.SUBSCRIBED) {
            people.update(p.withEmail(p.email(), EmailStatus.UNSUBSCRIBED));
            activities.record(r.workspace().id(), p.id(), "mailing.unsubscribe", summary);
        }
        if (r.mailingId() != null) {
            jdbc.sql("UPDATE mailing_recipients SET unsubscribed_at = ? WHERE mailing_id = ? AND workspace_id = ? "
                            + "AND person_id = ? AND unsubscribed_at IS NULL")
                    .params(Mailings.utc(Mailings.now()), r.mailingId(), r.workspace().id(), p.id()).update();
        }
    }
}
