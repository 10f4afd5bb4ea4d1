package org.convoca.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class PersonMergesTests {

    @Autowired Fixtures fixtures;
    @Autowired People people;
    @Autowired Tags tags;
    @Autowired Lists lists;
    @Autowired Consents consents;
    @Autowired Activities activities;
    @Autowired Organizations organizations;
    @Autowired PersonMerges merges;
    @Autowired AuditLog audit;

    @Test
    void everythingAttachedToTheRemovedPersonMovesToTheKeptOneWithoutDuplicates() {
        var w = fixtures.workspace("Merge");
        UUID ws = w.id();
        Person kept = people.create(ws, Person.draft("María", "Núñez", "maria@example.org")
                .withCustomFields(Map.of("país", "México", "talla", "M")));
        Person other = people.create(ws, Person.draft("Maria", "Nunez", "mnunez@example.org")
                .withPhone("+1 713 555 0100").withCustomFields(Map.of("país", "Honduras", "barrio", "Gulfton")));

        Tag shared = tags.ensure(ws, "volunteer");
        Tag onlyOther = tags.ensure(ws, "Houston");
        tags.tag(ws, shared.id(), kept.id());
        tags.tag(ws, shared.id(), other.id());
        tags.tag(ws, onlyOther.id(), other.id());
        PersonList board = lists.ensure(ws, "Board", "");
        PersonList press = lists.ensure(ws, "Press", "");
        lists.add(ws, board.id(), kept.id());
        lists.add(ws, board.id(), other.id());
        lists.add(ws, press.id(), other.id());
        consents.record(ws, other.id(), "Sí, quiero recibir noticias.", "petition-42");
        activities.record(ws, other.id(), "signed", "Petition 42");
        Organization centro = organizations.create(ws, Organization.draft("Centro Legal"));
        Organization red = organizations.create(ws, Organization.draft("Red Migrante"));
        organizations.addContact(ws, centro.id(), kept.id());
        organizations.addContact(ws, centro.id(), other.id());
        organizations.addContact(ws, red.id(), other.id());

        Person merged = merges.merge(staff(w), kept.id(), other.id(),
                Map.of("email", PersonMerges.Side.OTHER, "field:país", PersonMerges.Side.OTHER));

        assertThat(people.find(ws, other.id())).isEmpty();
        Person read = people.find(ws, kept.id()).orElseThrow();
        assertThat(read).isEqualTo(merged);
        assertThat(read.givenName()).isEqualTo("María");
        assertThat(read.email()).isEqualTo("mnunez@example.org");
        assertThat(read.phone()).isEqualTo("+1 713 555 0100");
        assertThat(read.customFields()).containsExactlyInAnyOrderEntriesOf(
                Map.of("país", "Honduras", "talla", "M", "barrio", "Gulfton"));
        assertThat(tags.of(ws, kept.id())).extracting(Tag::name).containsExactly("Houston", "volunteer");
        assertThat(tags.countTaggings(ws, shared.id())).isEqualTo(1);
        assertThat(lists.of(ws, kept.id())).extracting(PersonList::name).containsExactly("Board", "Press");
        assertThat(lists.countItems(ws, board.id())).isEqualTo(1);
        assertThat(consents.of(ws, kept.id())).extracting(Consent::form).containsExactly("petition-42");
        assertThat(activities.timeline(ws, kept.id(), 10)).extracting(Activity::kind)
                .containsExactly("merged", "signed");
        assertThat(activities.timeline(ws, kept.id(), 1).get(0).summary()).contains("Maria Nunez", "mnunez@");
        assertThat(organizations.of(ws, kept.id())).extracting(Organization::name)
                .containsExactly("Centro Legal", "Red Migrante");
        assertThat(organizations.contacts(ws, centro.id(), 10)).extracting(Person::id).containsExactly(kept.id());
        assertThat(audit.recent(ws, 0, 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("people.merge");
            assertThat(e.detail()).contains(kept.id().toString(), other.id().toString());
        });
    }

    @Test
    void anOptOutOnEitherRecordSurvivesTheMergeUnlessStaffChooseOtherwise() {
        var w = fixtures.workspace("Opt-out");
        Person kept = people.create(w.id(), Person.draft("Ana", "López", "ana@example.org"));
        Person other = people.create(w.id(), Person.draft("Ana", "López", "ana.lopez@example.org")
                .withEmail("ana.lopez@example.org", EmailStatus.UNSUBSCRIBED));

        Person merged = merges.merge(staff(w), kept.id(), other.id(), Map.of());

        assertThat(merged.email()).isEqualTo("ana@example.org");
        assertThat(merged.emailStatus()).isEqualTo(EmailStatus.UNSUBSCRIBED);
    }

    @Test
    void aPersonOfAnotherWorkspaceCannotBeMergedAndNothingChanges() {
        var w = fixtures.workspace("Mine");
        var theirs = fixtures.workspace("Theirs");
        Person kept = people.create(w.id(), Person.draft("Luz", "Ortega", "luz@example.org"));
        Person stranger = people.create(theirs.id(), Person.draft("Luz", "Ortega", "luz@example.org"));

        assertThatThrownBy(() -> merges.merge(staff(w), kept.id(), stranger.id(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(people.find(theirs.id(), stranger.id())).isPresent();
        assertThat(people.find(w.id(), kept.id()).orElseThrow().modifiedAt()).isEqualTo(kept.modifiedAt());
    }

    private static Staff staff(Fixtures.TestWorkspace w) {
        return new Staff(UUID.randomUUID(), w.email(Role.ORGANIZER), "Organizer Tester", w.id(),
                w.workspace().slug(), w.workspace().name(), Role.ORGANIZER, "en");
    }
}
