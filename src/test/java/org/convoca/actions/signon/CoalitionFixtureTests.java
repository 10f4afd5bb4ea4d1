package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * De-duplication of a realistic coalition list whose right answer is written in the fixture next to every line
 * (see the fixture's header). Precision is asserted absolutely; recall is asserted above a floor and printed.
 */
class CoalitionFixtureTests {

    record Line(String label, String name) {

        String organization() {
            return label.replace("~", "");
        }

        boolean ambiguous() {
            return label.endsWith("~");
        }

        String parent() {
            int slash = organization().indexOf('/');
            return slash < 0 ? organization() : organization().substring(0, slash);
        }
    }

    static List<Line> lines;
    static List<OrgGroup> groups;
    static Map<Integer, OrgGroup> groupOfLine;
    static Map<Integer, List<String>> partOfLine;

    @BeforeAll
    static void dedupeTheFixture() throws IOException {
        lines = fixture();
        groups = OrgDeduplicator.dedupe(lines.stream().map(Line::name).toList());
        groupOfLine = new HashMap<>();
        partOfLine = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byName.computeIfAbsent(lines.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        for (OrgGroup g : groups) {
            for (List<String> part : g.parts()) {
                for (String member : part) {
                    int line = byName.get(member).removeFirst();
                    groupOfLine.put(line, g);
                    partOfLine.put(line, part);
                }
            }
        }
    }

    @Test
    void noTwoOrganizationsAreEverMergedAutomatically() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                boolean merged = partOfLine.get(i) == partOfLine.get(j);
                boolean pairSame = NameComparison.compare(OrgNames.parse(a.name()), OrgNames.parse(b.name())).link()
                        == NameComparison.Link.SAME;
                if ((merged || pairSame) && !a.label().equals(b.label()) && !a.name().equals(b.name())) {
                    wrong.add(a + " ~ " + b);
                }
            }
        }
        assertThat(wrong).as("automatic merges of different organizations, or of an ambiguous form").isEmpty();
    }

    @Test
    void chaptersOfOneNetworkAndLookAlikesAreNeverGroupedEvenForReview() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                boolean related = a.organization().equals(b.organization()) || a.organization().equals(b.parent())
                        || b.organization().equals(a.parent());
                if (groupOfLine.get(i) == groupOfLine.get(j) && !related) {
                    wrong.add(a + " ~ " + b);
                }
            }
        }
        assertThat(wrong).as("groups that mix organizations that are not one another's chapter").isEmpty();
    }

    @Test
    void spellingVariantsAreMergedAndAmbiguousFormsOfferedForReview() {
        int certain = 0;
        int certainMerged = 0;
        int any = 0;
        int anyGrouped = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                if (!a.organization().equals(b.organization())) {
                    continue;
                }
                boolean together = groupOfLine.get(i) == groupOfLine.get(j);
                any++;
                anyGrouped += together ? 1 : 0;
                if (!together) {
                    missed.add(a + " ~ " + b);
                }
                if (a.label().equals(b.label()) && !a.ambiguous()) {
                    certain++;
                    certainMerged += partOfLine.get(i) == partOfLine.get(j) ? 1 : 0;
                }
            }
        }
        System.out.printf("Fixture of %d lines, %d groups: spelling variants merged automatically %d/%d (%.1f%%); "
                        + "pairs naming one organization grouped (same or possible) %d/%d (%.1f%%)%n",
                lines.size(), groups.size(), certainMerged, certain, 100.0 * certainMerged / certain, anyGrouped, any,
                100.0 * anyGrouped / any);
        missed.forEach(m -> System.out.println("  not grouped: " + m));
        assertThat(certainMerged).isEqualTo(certain);
        assertThat((double) anyGrouped / any).isGreaterThan(0.85);
    }

    @Test
    void everyLineIsInExactlyOneGroupAndGroupsAreInSignatoryOrder() {
        assertThat(groups.stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(lines.size());
        assertThat(groups).allSatisfy(g -> assertThat(g.parts().stream().flatMap(List::stream).sorted())
                .containsExactlyElementsOf(g.members().stream().sorted().toList()));
        assertThat(groupOfLine).hasSize(lines.size());
        List<String> names = groups.stream().map(OrgGroup::name).toList();
        assertThat(names).isSortedAccordingTo(SignatoryOrder.INSTANCE);
        assertThat(names.indexOf("Florence Immigrant & Refugee Rights Project"))
                .isLessThan(names.indexOf("Freedom for Immigrants"));
        assertThat(names.indexOf("Coalición de Derechos Humanos")).isLessThan(names.indexOf("Comité de Derechos Humanos"));
    }

    static List<Line> fixture() throws IOException {
        try (InputStream in = CoalitionFixtureTests.class.getResourceAsStream("coalition-signatories.txt")) {
            List<Line> result = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!row.isBlank() && !row.startsWith("#")) {
                    int bar = row.indexOf(" | ");
                    result.add(new Line(row.substring(0, bar), row.substring(bar + 3)));
                }
            }
            return result;
        }
    }
}
