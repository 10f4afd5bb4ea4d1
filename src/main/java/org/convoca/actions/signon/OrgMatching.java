package org.convoca.actions.signon;

import java.util.Collection;
import java.util.Optional;

/**
 * The engine's verdict on one new name against an organization already listed under one or more spellings,
 * with the same complete linkage {@link Clustering} uses: {@link Certainty#SAME} only when the name is the same
 * as every spelling, nothing when any spelling conflicts ("ACLU of Texas" against "ACLU of Illinois"), and
 * {@link Certainty#POSSIBLE} when some spelling links to it otherwise.
 */
public final class OrgMatching {

    private OrgMatching() {
    }

    public static Optional<Certainty> against(String name, Collection<String> spellings) {
        OrgName a = OrgNames.parse(name);
        boolean allSame = !spellings.isEmpty();
        boolean anyLink = false;
        for (String spelling : spellings) {
            NameComparison.Match m = NameComparison.compare(a, OrgNames.parse(spelling));
            if (m.link() == NameComparison.Link.CONFLICT) {
                return Optional.empty();
            }
            allSame &= m.link() == NameComparison.Link.SAME;
            anyLink |= m.links();
        }
        return allSame ? Optional.of(Certainty.SAME) : anyLink ? Optional.of(Certainty.POSSIBLE) : Optional.empty();
    }

    /** The name as the engine shows it: invisible and direction-override characters removed, spaces collapsed. */
    public static String display(String name) {
        return OrgNames.display(name);
    }
}
