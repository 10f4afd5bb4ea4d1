package org.convoca.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class PeopleTests {

    @Autowired
    People people;

    @Autowired
    Fixtures fixtures;

    @Test
    void namesWithAccentsEmojiAndRightToLeftScriptsRoundTripExactly() {
        var w = fixtures.workspace("Round trip");
        Person saved = people.create(w.id(), Person.draft("José 🌵", "نور‎ Núñez", "Jose@Example.ORG")
                .withCustomFields(Map.of("país", "México")));

        Person read = people.find(w.id(), saved.id()).orElseThrow();
        assertThat(read.givenName()).isEqualTo("José 🌵");
        assertThat(read.familyName()).isEqualTo("نور‎ Núñez");
        assertThat(read.email()).isEqualTo("jose@example.org");
        assertThat(read.customFields()).containsEntry("país", "México");
        assertThat(read.createdAt()).isEqualTo(read.modifiedAt());
    }

    @Test
    void emailIsUniqueWithinAWorkspaceWhateverItsCaseButFreeInAnother() {
        var w = fixtures.workspace("Unique");
        var other = fixtures.workspace("Other");
        people.create(w.id(), Person.draft("Ana", "López", "ana@example.org"));

        assertThatThrownBy(() -> people.create(w.id(), Person.draft("Ana", "L", "ANA@example.org")))
                .isInstanceOf(InvalidPersonException.class).hasMessageContaining("already has the email");
        assertThat(people.create(other.id(), Person.draft("Ana", "López", "ana@example.org")).id()).isNotNull();
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(1);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndTreatsSqlAndWildcardsAsText() {
        var w = fixtures.workspace("Search");
        people.create(w.id(), Person.draft("María", "Núñez", "maria@example.org"));
        people.create(w.id(), Person.draft("O'Brien", "100%_done", null).withPhone("+1 555 0100"));

        assertThat(people.page(w.id(), PeopleQuery.text("nunez MARIA"), 0, 10)).extracting(Person::givenName)
                .containsExactly("María");
        assertThat(people.page(w.id(), PeopleQuery.text("o'brien"), 0, 10)).hasSize(1);
        assertThat(people.page(w.id(), PeopleQuery.text("100%"), 0, 10)).extracting(Person::givenName)
                .containsExactly("O'Brien");
        assertThat(people.page(w.id(), PeopleQuery.text("%"), 0, 10)).as("no word starts with %").isEmpty();
        assertThat(people.page(w.id(), PeopleQuery.text("' OR 1=1 --"), 0, 10)).isEmpty();
    }

    @Test
    void anotherWorkspaceCannotReadOrFindAPerson() {
        var w = fixtures.workspace("Mine");
        var other = fixtures.workspace("Theirs");
        Person p = people.create(w.id(), Person.draft("Luz", "Ortega", "luz@example.org"));

        assertThat(people.find(other.id(), p.id())).isEmpty();
        assertThat(people.findByEmail(other.id(), "luz@example.org")).isEmpty();
        assertThat(people.page(other.id(), PeopleQuery.text("luz"), 0, 10)).isEmpty();
    }

    @Test
    void invalidPersonIsRefusedWithEveryProblemNamedAndNothingSaved() {
        var w = fixtures.workspace("Invalid");
        Person bad = Person.draft("x".repeat(201), "", "not an email\r\nBcc: victim@example.org");

        assertThatThrownBy(() -> people.create(w.id(), bad)).isInstanceOfSatisfying(InvalidPersonException.class,
                e -> assertThat(e.problems()).containsKeys("given_name", "email"));
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isZero();
    }
}
