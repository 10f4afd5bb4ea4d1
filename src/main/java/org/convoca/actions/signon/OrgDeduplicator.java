package org.convoca.actions.signon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a signatory list into one group per organization. Blank lines are ignored; every other line lands in
 * exactly one group. Lines that normalize to the same words (case, accents, punctuation, "&", "The", Inc.)
 * are merged first; then names are compared as {@link NameComparison} and grouped as {@link Clustering} explains.
 * Groups come out in {@link SignatoryOrder}.
 */
public final class OrgDeduplicator {

    private OrgDeduplicator() {
    }

    public static List<OrgGroup> dedupe(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!OrgNames.display(stripped).isEmpty()) {
                kept.add(stripped);
            }
        }
        Map<String, Integer> variantOf = new HashMap<>();
        List<OrgName> variants = new ArrayList<>();
        List<List<Integer>> linesOf = new ArrayList<>();
        Map<String, OrgName> parsed = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            OrgName name = parsed.computeIfAbsent(kept.get(i), OrgNames::parse);
            // A name with no letters or digits left ("???", an emoji) matches only its exact repeats.
            String key = name.isEmpty() ? "\u0000" + name.display() : name.squashed();
            Integer v = variantOf.get(key);
            if (v == null) {
                v = variants.size();
                variantOf.put(key, v);
                variants.add(name);
                linesOf.add(new ArrayList<>());
            } else if (!variants.get(v).aliases().containsAll(name.aliases())) {
                Set<String> aliases = new LinkedHashSet<>(variants.get(v).aliases());
                aliases.addAll(name.aliases());
                variants.set(v, variants.get(v).withAliases(aliases));
            }
            linesOf.get(v).add(i);
        }
        List<OrgGroup> groups = new ArrayList<>();
        for (List<List<Integer>> group : Clustering.of(variants)) {
            List<List<Integer>> parts = group.stream()
                    .map(cluster -> cluster.stream().flatMap(v -> linesOf.get(v).stream()).sorted().toList())
                    .sorted(Comparator.comparing(List::getFirst)).toList();
            List<Integer> members = parts.stream().flatMap(List::stream).sorted().toList();
            groups.add(new OrgGroup(OrgNames.display(kept.get(members.getFirst())),
                    members.stream().map(kept::get).toList(),
                    group.size() > 1 ? Certainty.POSSIBLE : Certainty.SAME,
                    parts.stream().map(p -> p.stream().map(kept::get).toList()).toList()));
        }
        groups.sort(Comparator.comparing(OrgGroup::name, SignatoryOrder.INSTANCE));
        return groups;
    }
}
