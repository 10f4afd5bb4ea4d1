package org.convoca.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void identifiersMadeInARowSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(Ids.newId());
        }
        List<String> sorted = made.stream().map(UUID::toString).sorted().toList();
        assertThat(sorted).containsExactlyElementsOf(made.stream().map(UUID::toString).toList());
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void identifiersAreReadFromEveryFormTheApisSee() {
        UUID id = Ids.newId();
        assertThat(Ids.parse("convoca:" + id)).contains(id);
        assertThat(Ids.parse("action_network:" + id)).contains(id);
        assertThat(Ids.parse("https://actionnetwork.org/api/v2/people/" + id)).contains(id);
        assertThat(Ids.parse("not-an-id")).isEmpty();
        assertThat(Ids.parse("' OR 1=1 --")).isEmpty();
    }
}
