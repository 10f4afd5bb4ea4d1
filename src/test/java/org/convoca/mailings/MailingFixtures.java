package org.convoca.mailings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Component;

/** Workspaces ready to mail (with a postal address), supporters, and bilingual mailings, for the tests. */
@Component
class MailingFixtures {

    private final Fixtures fixtures;
    private final Workspaces workspaces;
    private final People people;
    private final Mailings mailings;
    private final org.convoca.people.Lists lists;
    private final MailingImages images;

    MailingFixtures(Fixtures fixtures, Workspaces workspaces, People people, Mailings mailings,
            org.convoca.people.Lists lists, MailingImages images) {
        this.lists = lists;
        this.images = images;
        this.fixtures = fixtures;
        this.workspaces = workspaces;
        this.people = people;
        this.mailings = mailings;
    }

    Fixtures.TestWorkspace workspace(String name) {
        Fixtures.TestWorkspace w = fixtures.workspace(name);
        Workspace ws = w.workspace();
        workspaces.update(new Workspace(ws.id(), ws.slug(), ws.name(), "123 Main St\nSpringfield, IL 62701", "en",
                ws.timeZone(), "Red de Acción", "noticias@example.org", ws.createdAt()));
        return w;
    }

    Person person(UUID workspaceId, String given, String email, String language, EmailStatus status) {
        return people.create(workspaceId, Person.draft(given, "Pérez", email).withLanguage(language)
                .withEmail(email, status));
    }

    /** A mailing to everyone subscribed with an English and a Spanish version. */
    Mailing bilingual(UUID workspaceId, String name) {
        Mailing m = Mailing.draft(name).withAudience(new Audience(true, List.of()))
                .withVersion(new MailingVersion("en", "Hello {{given_name|friend}}", "News from the network",
                        List.of(new Block.Heading("Our new report"),
                                new Block.Text("Dear {{given_name|friend}}, read **this** <script>alert(1)</script>"),
                                new Block.Button("Read it", "https://example.org/report"), new Block.Divider())))
                .withVersion(new MailingVersion("es", "Hola {{given_name|amistad}}", "Noticias de la red",
                        List.of(new Block.Heading("Nuestro nuevo informe"),
                                new Block.Text("Querida {{given_name|amistad}}, lee **esto**"),
                                new Block.Button("Leerlo", "https://example.org/informe"))));
        return mailings.create(workspaceId, m, null);
    }

    UUID list(UUID workspaceId, String name) {
        return lists.ensure(workspaceId, name, "").id();
    }

    void addToList(UUID workspaceId, UUID listId, UUID personId) {
        lists.add(workspaceId, listId, personId);
    }

    /** The smallest PNG there is. */
    UUID image(UUID workspaceId) {
        return images.store(workspaceId, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
    }

    Mailing await(UUID workspaceId, UUID id, MailingStatus status, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            Mailing m = mailings.find(workspaceId, id).orElseThrow();
            if (m.status() == status) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The mailing did not become " + status + ": " + mailings.find(workspaceId, id)
                .map(m -> m.status() + " " + m.progress()).orElse("gone"));
    }
}
