package org.convoca.actions.signon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.actions.signon.NameComparison.Link;
import org.convoca.actions.signon.NameComparison.Match;

/**
 * Groups distinct names in two stages, both complete-linkage so that A~B and B~C never pull in a C unlike A.
 * <ol>
 * <li>"Same" clusters: two clusters join only if every name of one is the same as every name of the other.
 * <li>"Possible" groups of clusters: a cluster is one organization, so two clusters are linked by their
 * strongest pair of names and kept apart by any conflicting pair. Groups join, strongest link first, only if no
 * pair of their clusters conflicts and at least half of the pairs are linked: "NIPNLG" and "National Immigration
 * Project" both belong with "National Immigration Project of the National Lawyers Guild" though nothing links
 * the two short forms, while one link alone never pulls a whole group along.
 * </ol>
 * Between the stages ambiguous links are dropped: when a name may be either of two organizations that conflict
 * ("ACLU" next to "ACLU of Illinois" and "ACLU of Texas") it joins neither, unless one link is clearly stronger.
 */
final class Clustering {

    /** Links whose scores differ by less than this are equally good, so neither may win. */
    static final double TIE = 0.05;

    private final List<OrgName> names;
    private final Map<Long, Match> matches = new HashMap<>();
    private final int[] clusterOf;

    private Clustering(List<OrgName> names) {
        this.names = names;
        this.clusterOf = new int[names.size()];
    }

    /** Each inner list is one group of clusters; each cluster a list of indexes into {@code names}. */
    static List<List<List<Integer>>> of(List<OrgName> names) {
        Clustering c = new Clustering(names);
        List<long[]> edges = new ArrayList<>();
        for (long pair : Blocking.candidates(names)) {
            Match m = c.match((int) (pair / names.size()), (int) (pair % names.size()));
            if (m.links()) {
                edges.add(new long[] {pair, Math.round(m.score() * 1_000_000), m.link() == Link.SAME ? 1 : 0});
            }
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> -e[1]).thenComparingLong(e -> e[0]));
        List<List<Integer>> clusters = c.sameClusters(edges);
        return c.possibleGroups(clusters, edges);
    }

    private List<List<Integer>> sameClusters(List<long[]> edges) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            clusters.add(new ArrayList<>(List.of(i)));
            clusterOf[i] = i;
        }
        for (long[] e : edges) {
            if (e[2] == 1) {
                int a = clusterOf[(int) (e[0] / names.size())];
                int b = clusterOf[(int) (e[0] % names.size())];
                if (a != b && clusters.get(a).stream().allMatch(
                        x -> clusters.get(b).stream().allMatch(y -> match(x, y).link() == Link.SAME))) {
                    join(clusters, a, b, clusterOf);
                }
            }
        }
        return clusters;
    }

    private List<List<List<Integer>>> possibleGroups(List<List<Integer>> clusters, List<long[]> edges) {
        Map<Integer, Map<Integer, Double>> partners = new HashMap<>();
        for (long[] e : edges) {
            int a = clusterOf[(int) (e[0] / names.size())];
            int b = clusterOf[(int) (e[0] % names.size())];
            if (a != b) {
                double link = clusterLink(clusters, a, b);
                if (link > 0) {
                    partners.computeIfAbsent(a, k -> new HashMap<>()).put(b, link);
                    partners.computeIfAbsent(b, k -> new HashMap<>()).put(a, link);
                }
            }
        }
        Set<Long> dropped = ambiguous(clusters, partners);
        List<long[]> links = new ArrayList<>();
        partners.forEach((a, ps) -> ps.forEach((b, s) -> {
            if (a < b && !dropped.contains(key(a, b))) {
                links.add(new long[] {a, b, Math.round(s * 1_000_000)});
            }
        }));
        links.sort(Comparator.<long[]>comparingLong(l -> -l[2]).thenComparingLong(l -> l[0])
                .thenComparingLong(l -> l[1]));
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            groups.add(new ArrayList<>(clusters.get(i).isEmpty() ? List.of() : List.of(i)));
            groupOf[i] = i;
        }
        for (long[] l : links) {
            int ga = groupOf[(int) l[0]];
            int gb = groupOf[(int) l[1]];
            if (ga != gb && mayJoin(clusters, groups.get(ga), groups.get(gb), dropped)) {
                join(groups, ga, gb, groupOf);
            }
        }
        return groups.stream().filter(g -> !g.isEmpty()).map(g -> g.stream().map(clusters::get).toList()).toList();
    }

    private boolean mayJoin(List<List<Integer>> clusters, List<Integer> a, List<Integer> b, Set<Long> dropped) {
        int linked = 0;
        for (int x : a) {
            for (int y : b) {
                double link = clusterLink(clusters, x, y);
                if (link < 0) {
                    return false;
                }
                linked += link > 0 && !dropped.contains(key(x, y)) ? 1 : 0;
            }
        }
        return 2 * linked >= a.size() * b.size();
    }

    /** For each cluster, links to two partners that conflict with each other: the weaker goes, or both on a tie. */
    private Set<Long> ambiguous(List<List<Integer>> clusters, Map<Integer, Map<Integer, Double>> partners) {
        Set<Long> dropped = new HashSet<>();
        partners.forEach((c, ps) -> {
            List<Integer> list = new ArrayList<>(ps.keySet());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int p = list.get(i);
                    int q = list.get(j);
                    if (clusterLink(clusters, p, q) < 0) {
                        double sp = ps.get(p);
                        double sq = ps.get(q);
                        if (sp < sq + TIE) {
                            dropped.add(key(c, p));
                        }
                        if (sq < sp + TIE) {
                            dropped.add(key(c, q));
                        }
                    }
                }
            }
        });
        return dropped;
    }

    /** The strongest link between two clusters' names; -1 when any pair conflicts, 0 when none links. */
    private double clusterLink(List<List<Integer>> clusters, int a, int b) {
        double best = 0;
        for (int x : clusters.get(a)) {
            for (int y : clusters.get(b)) {
                Match m = match(x, y);
                if (m.link() == Link.CONFLICT) {
                    return -1;
                }
                best = Math.max(best, m.links() ? m.score() : 0);
            }
        }
        return best;
    }

    private Match match(int x, int y) {
        return matches.computeIfAbsent(key(x, y), k -> NameComparison.compare(names.get(x), names.get(y)));
    }

    private long key(int x, int y) {
        return (long) Math.min(x, y) * names.size() + Math.max(x, y);
    }

    private static void join(List<List<Integer>> sets, int a, int b, int[] setOf) {
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        for (int member : sets.get(gone)) {
            setOf[member] = keep;
        }
        sets.get(keep).addAll(sets.get(gone));
        sets.get(gone).clear();
    }
}
