package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signers pressing the button at the same moment, some with the same address, as a busy petition sees them. */
@ConvocaTest
class ConcurrentSignersTests {

    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Signing signing;
    @Autowired Signatures signatures;
    @Autowired People people;

    @Test
    void everySignerCountsOnceEvenWhenTheSameAddressSignsTwiceAtOnce() throws Exception {
        var w = fixtures.workspace("Busy petition");
        Petition petition = testPetitions.open(w.id(), "busy");
        int signers = 40;
        CyclicBarrier together = new CyclicBarrier(signers);
        ExecutorService pool = Executors.newFixedThreadPool(signers);
        List<Future<SignResult>> results = new ArrayList<>();
        for (int i = 0; i < signers; i++) {
            // Every fourth signer uses the address of the one before: 30 people, 40 presses of the button.
            String email = "signer" + (i % 4 == 3 ? i - 1 : i) + "@example.org";
            Person signer = Person.draft("Signer" + i, "Núñez", email);
            results.add(pool.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return signing.sign(petition, new SignatureRequest(signer, "es", "", true, "web", "Acepto.",
                        Map.of(), List.of(), false));
            }));
        }
        long counted = 0;
        for (Future<SignResult> f : results) {
            counted += f.get(30, TimeUnit.SECONDS).counted() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(counted).isEqualTo(30);
        assertThat(signatures.count(w.id(), Signatures.Scope.petition(petition.id()))).isEqualTo(30);
        for (int i = 0; i < signers; i++) {
            if (i % 4 != 3) {
                Person p = people.findByEmail(w.id(), "signer" + i + "@example.org").orElseThrow();
                assertThat(signatures.findFor(w.id(), petition.id(), p.id())).isPresent();
            }
        }
    }
}
