package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonMerges;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class SignaturesOnMergeTests {

    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Signing signing;
    @Autowired Signatures signatures;
    @Autowired People people;
    @Autowired PersonMerges merges;

    @Test
    void mergingTwoPeopleWhoBothSignedKeepsOneSignatureAndMovesTheOthers() {
        var w = fixtures.workspace("Merge");
        Petition both = testPetitions.open(w.id(), "both");
        Petition onlyRemoved = testPetitions.open(w.id(), "only-removed");
        Person kept = people.create(w.id(), Person.draft("Ana", "Ruiz", "ana@example.org"));
        Person removed = people.create(w.id(), Person.draft("Ana", "Ruiz", "ana.ruiz@example.org"));
        sign(both, kept);
        sign(both, removed);
        sign(onlyRemoved, removed);
        Staff staff = new Staff(java.util.UUID.randomUUID(), w.email(Role.OWNER), "Owner", w.id(),
                w.workspace().slug(), w.workspace().name(), Role.OWNER, "en");

        merges.merge(staff, kept.id(), removed.id(), Map.of());

        assertThat(signatures.count(w.id(), Signatures.Scope.petition(both.id()))).isEqualTo(1);
        assertThat(signatures.count(w.id(), Signatures.Scope.person(kept.id()))).isEqualTo(2);
        assertThat(signatures.findFor(w.id(), onlyRemoved.id(), kept.id())).isPresent();
    }

    private void sign(Petition p, Person person) {
        signing.sign(p, new SignatureRequest(person, "en", "", false, "test", "I agree.", Map.of(), List.of(),
                false));
    }
}
