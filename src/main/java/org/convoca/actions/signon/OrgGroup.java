package org.convoca.actions.signon;

import java.util.List;

/**
 * One organization as it will be listed, with every signatory line that names it.
 *
 * @param name      how it is listed: the earliest spelling in the input, cleaned of invisible characters
 * @param members   the input lines (surrounding spaces removed) in input order; a line repeated verbatim appears
 *                  once per occurrence
 * @param certainty {@link Certainty#SAME} when merged automatically, {@link Certainty#POSSIBLE} when staff decide
 * @param parts     the members split into the sets merged automatically, in input order: one part in a
 *                  {@link Certainty#SAME} group; in a possible group, the choices staff merge or keep apart
 */
public record OrgGroup(String name, List<String> members, Certainty certainty, List<List<String>> parts) {

    public OrgGroup {
        members = List.copyOf(members);
        parts = parts.stream().map(List::copyOf).toList();
    }
}
