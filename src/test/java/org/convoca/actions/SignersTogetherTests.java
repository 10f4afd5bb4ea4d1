package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Activities;
import org.convoca.people.Activity;
import org.convoca.people.Consents;
import org.convoca.people.PeopleQuery;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group of signers committed together: newcomers are written with one statement per table, and the rest
 * (someone the workspace knows, an address given twice in the group) come out as they would signing alone.
 */
@ConvocaTest
class SignersTogetherTests {

    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Signing signing;
    @Autowired Signatures signatures;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Activities activities;
    @Autowired Autoresponses autoresponses;
    @Autowired TransactionTemplate tx;
    @Autowired SentMail mail;

    @Test
    void aGroupCountsEachPersonOnceAndRecordsWhatEachSignerSaw() {
        var w = fixtures.workspace("Together");
        Petition petition = testPetitions.open(w.id(), "together");
        autoresponses.save(w.id(), petition.id(), new Autoresponse(true, Map.of(
                "en", new AutoresponseText("en", "Thanks {{given_name}}", "Thank you."),
                "es", new AutoresponseText("es", "Gracias {{given_name}}", "¡Gracias!"))));
        Person known = people.create(w.id(), Person.draft("Known", "Before", "known@together.example"));
        signing.sign(petition, request(Person.draft("Early", "Signer", "early@together.example"), "en"));

        List<SignResult> results = tx.execute(s -> signing.signAll(List.of(
                pending(petition, Person.draft("Ana María", "Núñez", "ana@together.example"), "es"),
                pending(petition, Person.draft("نور", "الهدى", "nour@together.example"), "en"),
                pending(petition, Person.draft("Known", "Again", "known@together.example"), "en"),
                pending(petition, Person.draft("Early", "Again", "early@together.example"), "en"),
                pending(petition, Person.draft("Ana", "Twice", "ANA@together.example"), "es"),
                pending(petition, Person.draft("Zoë 🌻", "O'Brien", "zoe@together.example"), "en"))));

        assertThat(results).extracting(SignResult::counted).containsExactly(true, true, true, false, false, true);
        assertThat(results.get(2).person().id()).isEqualTo(known.id());
        assertThat(results.get(4).person().id()).isEqualTo(results.get(0).person().id());
        assertThat(signatures.count(w.id(), Signatures.Scope.petition(petition.id()))).isEqualTo(5);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(5);

        UUID ana = results.get(0).person().id();
        assertThat(consents.of(w.id(), ana)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Acepto que me contacten.");
            assertThat(c.form()).isEqualTo("Petition together");
        });
        assertThat(consents.of(w.id(), results.get(1).person().id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("I agree to be contacted."));
        assertThat(consents.of(w.id(), known.id())).hasSize(1);
        assertThat(activities.timeline(w.id(), ana, 10)).extracting(Activity::summary)
                .containsExactly("Signed the petition “Protejan a los beneficiarios de DACA”");
        assertThat(activities.timeline(w.id(), results.get(5).person().id(), 10)).extracting(Activity::summary)
                .containsExactly("Signed the petition “Protect DACA recipients”");
        // Newcomers are found by their words, as anyone saved alone is.
        assertThat(people.page(w.id(), PeopleQuery.text("nour"), 0, 10)).extracting(Person::givenName)
                .containsExactly("نور");
        assertThat(people.page(w.id(), PeopleQuery.text("o'brien"), 0, 10)).extracting(Person::givenName)
                .containsExactly("Zoë 🌻");
        // One confirmation each, in the signer's language; none for the second press of a button.
        assertThat(mail.await("ana@together.example", 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Gracias Ana María"));
        assertThat(mail.await("nour@together.example", 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Thanks نور"));
        assertThat(mail.await("known@together.example", 1)).hasSize(1);
        assertThat(mail.settle("ana@together.example")).hasSize(1);
        assertThat(mail.settle("early@together.example")).hasSize(1);
    }

    private static SignersTogether.Pending pending(Petition petition, Person signer, String language) {
        return new SignersTogether.Pending(petition, request(signer, language));
    }

    private static SignatureRequest request(Person signer, String language) {
        return new SignatureRequest(signer, language, "", true, "web",
                language.equals("es") ? "Acepto que me contacten." : "I agree to be contacted.", Map.of(), List.of(),
                false, true);
    }
}
