package org.convoca.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Search finds the start of any word of a name, email or phone, on H2 and PostgreSQL alike. */
@ConvocaTest
class PeopleSearchTests {

    @Autowired
    People people;

    @Autowired
    PersonMerges merges;

    @Autowired
    Fixtures fixtures;

    @Test
    void aSearchMatchesTheStartOfAnyWordOfANameEmailOrPhoneAndNeedsEveryWord() {
        UUID w = fixtures.workspace("Words").id();
        people.create(w, Person.draft("Itzel", "Xochitl-Ramírez", "itzel.r@mail.example.org")
                .withPhone("+1 (512) 555-0199"));
        people.create(w, Person.draft("Rosa", "Ortega", "rosa@otro.example.net"));

        for (String found : List.of("itzel", "ITZ", "xochitl-ram", "ramirez", "RAMÍ", "itz xoch", "itzel.r@",
                "itzel.r@mail.example.org", "@example.org", "example.org", "mail.example",
                "itzel xochitl 512 ramirez", "512-555-0199", "5125550199", "(512)", "555", "0199", "+1 512 555", "15125550199")) {
            assertThat(names(w, found)).as(found).containsExactly("Itzel");
        }
        for (String missed : List.of("chitl", "tzel", "itzel ortega", "199", "org", "x@mail")) {
            assertThat(names(w, missed)).as(missed).isEmpty();
        }
        assertThat(names(w, "example")).containsExactlyInAnyOrder("Itzel", "Rosa");
        assertThat(names(w, "rosa@")).containsExactly("Rosa");
    }

    @Test
    void editingDeletingAndMergingLeaveNoOldWordBehind() {
        var ws = fixtures.workspace("Changes");
        UUID w = ws.id();
        Person ana = people.create(w, Person.draft("Ana", "Quispe", "ana@example.org"));
        Person dup = people.create(w, Person.draft("Anita", "Quispe Mamani", "anita@example.org"));
        Person gone = people.create(w, Person.draft("Teodoro", "Vidal", "teo@example.org"));

        people.update(ana.withCustomFields(Map.of()).withPhone("+52 55 1234 5678"));
        people.update(new Person(ana.id(), w, "Ana", "Huamán", "ana@example.org", ana.emailStatus(), null,
                ana.address(), ana.language(), ana.source(), Map.of(), ana.createdAt(), ana.modifiedAt()));
        people.delete(w, gone.id());
        merges.merge(new Staff(UUID.randomUUID(), ws.email(Role.ORGANIZER), "Organizer", w, ws.workspace().slug(),
                ws.workspace().name(), Role.ORGANIZER, "en"), ana.id(), dup.id(), Map.of());

        assertThat(names(w, "huaman")).containsExactly("Ana");
        assertThat(names(w, "quispe")).as("the old family name and the merged-away record's").isEmpty();
        assertThat(names(w, "5512345678")).as("a phone that was replaced").isEmpty();
        assertThat(names(w, "anita")).isEmpty();
        assertThat(names(w, "teodoro")).isEmpty();
        assertThat(people.count(w, PeopleQuery.text("ana@example.org"))).isEqualTo(1);
    }

    @Test
    void wildcardsQuotesAndLongTermsAreOnlyText() {
        UUID w = fixtures.workspace("Odd").id();
        String longEmail = "a".repeat(60) + "@" + "b".repeat(30) + ".example.org";
        people.create(w, Person.draft("Zoë 🌻", "نور الهدى", longEmail));
        people.create(w, Person.draft("100%_done", "O'Brien", null).withPhone("555"));

        assertThat(names(w, "zoe")).containsExactly("Zoë 🌻");
        assertThat(names(w, "نور")).containsExactly("Zoë 🌻");
        assertThat(names(w, longEmail.toUpperCase())).as("cut at the same length as the words").hasSize(1);
        assertThat(names(w, "100%")).containsExactly("100%_done");
        assertThat(names(w, "o'brien")).containsExactly("100%_done");
        assertThat(names(w, "%")).isEmpty();
        assertThat(names(w, "_")).isEmpty();
        assertThat(names(w, "' OR 1=1 --")).isEmpty();
        assertThat(names(w, "\\")).isEmpty();
    }

    private List<String> names(UUID w, String text) {
        return people.page(w, PeopleQuery.text(text), 0, 10).stream().map(Person::givenName).toList();
    }
}
