package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A national coalition's largest list: 10,000 lines. How long it takes is measured by bench/orgs-dedupe. */
class TenThousandNamesTests {

    private static final String[] PLACES = {"Texas", "Illinois", "New York", "California", "Arizona", "Florida",
        "Georgia", "Colorado", "Nevada", "Oregon", "Washington", "Chicago", "Houston", "Los Angeles", "Miami",
        "Denver", "Phoenix", "Tucson", "El Paso", "San Diego", "Boston", "Atlanta", "Seattle", "Newark", "Durham"};
    private static final String[] FIRST = {"Immigrant", "Refugee", "Migrant", "Latino", "Asian American",
        "Interfaith", "Workers", "Farmworker", "Youth", "Women's", "Dreamers", "Families", "Border", "Sanctuary",
        "Haitian", "Central American", "African", "Muslim", "Jewish", "Catholic", "Lutheran", "Quaker"};
    private static final String[] SECOND = {"Rights", "Justice", "Legal", "Defense", "Solidarity", "Advocacy",
        "Support", "Welcome", "Action", "Freedom", "Dignity", "Unity", "Hope", "Voices", "Power", "Alliance"};
    private static final String[] TYPE = {"Coalition", "Center", "Project", "Network", "Council", "Committee",
        "Collective", "Alliance", "Association", "Fund", "Institute", "Clinic", "Services", "Partnership"};
    private static final String[] SUFFIX = {"", "", "", ", Inc.", " Inc", " LLC"};

    static List<String> generate(int count, long seed) {
        Random r = new Random(seed);
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            String base = pick(r, FIRST) + " " + pick(r, SECOND) + " " + pick(r, TYPE);
            String name = switch (r.nextInt(4)) {
                case 0 -> pick(r, PLACES) + " " + base;
                case 1 -> base + " of " + pick(r, PLACES);
                default -> base;
            };
            names.add(name + pick(r, SUFFIX));
            if (r.nextInt(4) == 0) {
                names.add(typo(name, r));
            }
            if (r.nextInt(8) == 0) {
                names.add(name.toUpperCase());
            }
        }
        return names.subList(0, count);
    }

    @Test
    void everyOneOfTenThousandLinesLandsInExactlyOneGroupAndUpperCaseCopiesJoinTheirOriginal() {
        List<String> names = generate(10_000, 42);

        List<OrgGroup> groups = OrgDeduplicator.dedupe(names);

        assertThat(groups.stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(10_000);
        java.util.Map<String, OrgGroup> groupOf = new java.util.HashMap<>();
        groups.forEach(g -> g.members().forEach(m -> groupOf.put(m, g)));
        java.util.Map<String, String> originalOf = new java.util.HashMap<>();
        names.stream().filter(n -> !n.equals(n.toUpperCase())).forEach(n -> originalOf.putIfAbsent(n.toUpperCase(), n));
        List<String> upperCopies = names.stream().filter(n -> n.equals(n.toUpperCase()) && originalOf.containsKey(n))
                .toList();
        upperCopies.forEach(upper -> assertThat(groupOf.get(upper)).as(upper)
                .isSameAs(groupOf.get(originalOf.get(upper))));
        long copies = upperCopies.size();
        assertThat(copies).isGreaterThan(100);
    }

    private static String typo(String name, Random r) {
        int at = 1 + r.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
