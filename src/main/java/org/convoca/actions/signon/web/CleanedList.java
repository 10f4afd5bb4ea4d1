package org.convoca.actions.signon.web;

import java.util.List;
import java.util.Set;
import org.convoca.actions.signon.OrgGroup;

/**
 * A signatory list cleaned on the staff page: the input as given, the resulting lines in public order, the
 * groups merged automatically, the possible duplicates, and which of those staff chose to merge (by index).
 */
public record CleanedList(String names, List<String> lines, List<OrgGroup> merged, List<OrgGroup> possible,
        Set<Integer> mergedPossible, int total) {
}
