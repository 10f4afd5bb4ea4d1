package org.convoca.people.web;

import org.convoca.people.PersonLimits;
import org.convoca.people.Tags;

/** The rule tag and list names typed on the pages must meet, checked before the repositories see them. */
final class LabelNames {

    private LabelNames() {
    }

    static boolean isValid(String name) {
        String clean = PersonLimits.clean(name);
        return !clean.isEmpty() && clean.length() <= Tags.NAME && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
    }
}
