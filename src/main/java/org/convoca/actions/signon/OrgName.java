package org.convoca.actions.signon;

import java.util.List;
import java.util.Set;

/**
 * One organization name taken apart for matching.
 *
 * @param display    the name as it should be shown: control and direction-override characters removed, spaces
 *                   collapsed
 * @param tokens     the normalized words in order; a multi-word place ("new york") is one token
 * @param qualifiers the tokens that tell chapters and offices apart: places, numbers, scope and direction words,
 *                   "of X" at the end
 * @param core       the tokens that are neither small words nor qualifiers, in order
 * @param content    the tokens that are not small words, in order
 * @param aliases    acronyms and former names the name declares in parentheses, squashed
 * @param initials   acronyms the name could be abbreviated to, with and without small words
 * @param coreInitials acronyms of the core alone, for "ACLU of Texas" against "American Civil Liberties Union of Texas"
 * @param acronym    the core's only token when it was written in capitals ("NILC"), else null
 * @param squashed   the tokens joined without spaces: equal squashed forms are the same organization
 */
record OrgName(String display, List<String> tokens, Set<String> qualifiers, List<String> core, List<String> content,
        Set<String> aliases, Set<String> initials, Set<String> coreInitials, String acronym, String squashed) {

    boolean isEmpty() {
        return squashed.isEmpty();
    }

    OrgName withAliases(Set<String> more) {
        return new OrgName(display, tokens, qualifiers, core, content, more, initials, coreInitials, acronym,
                squashed);
    }
}
