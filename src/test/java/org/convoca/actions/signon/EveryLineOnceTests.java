package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated lists: whatever the input, every non-blank line comes back exactly once, in a well-formed group. */
class EveryLineOnceTests {

    private static final String[] NOISE = {"", " ", "\t", "Inc.", ", LLC", "(NILC)", "(formerly X)", "&", "The ",
        "🙏", "\u202E", "\u200B", "ß", "İ", "ﬁ", "\u0301", "-", "/", "'", "\"", "de la", "of Texas", "TX", "32BJ",
        "<script>", "\u0000", "()", "(", ")", "[", "..", "A.C.", "Local 11", "y", "جمعية", "אגודה", "中文"};

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNonBlankLineIsInExactlyOneGroup(int seed) throws Exception {
        Random random = new Random(seed);
        List<String> pool = CoalitionFixtureTests.fixture().stream().map(CoalitionFixtureTests.Line::name).toList();
        List<String> input = new ArrayList<>();
        int size = 1 + random.nextInt(seed < 5 ? 5 : 400);
        for (int i = 0; i < size; i++) {
            input.add(random.nextInt(10) == 0 && !input.isEmpty() ? input.get(random.nextInt(input.size()))
                    : mutate(pool.get(random.nextInt(pool.size())), random));
        }

        List<OrgGroup> groups = OrgDeduplicator.dedupe(input);

        List<String> expected = input.stream().map(String::strip).filter(l -> !OrgNames.display(l).isEmpty())
                .sorted().toList();
        assertThat(groups.stream().flatMap(g -> g.members().stream()).sorted().toList()).isEqualTo(expected);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.members()).isNotEmpty();
            assertThat(g.name()).isEqualTo(OrgNames.display(g.members().getFirst()));
            assertThat(g.parts()).hasSize(g.certainty() == Certainty.SAME ? 1 : g.parts().size())
                    .hasSizeGreaterThan(g.certainty() == Certainty.POSSIBLE ? 1 : 0);
        });
        assertThat(groups.stream().map(OrgGroup::name).toList()).isSortedAccordingTo(SignatoryOrder.INSTANCE);
        assertThat(OrgDeduplicator.dedupe(input)).isEqualTo(groups);
    }

    private static String mutate(String name, Random random) {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT));
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            String noise = NOISE[random.nextInt(NOISE.length)];
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, noise);
                case 1 -> s.append(' ').append(noise);
                default -> {
                    if (s.length() > 1 && at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
            }
        }
        return random.nextInt(20) == 0 ? "   " : s.toString();
    }
}
