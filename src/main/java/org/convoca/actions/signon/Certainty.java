package org.convoca.actions.signon;

import java.util.Locale;

/** How sure the de-duplication is that a group's members are one organization. */
public enum Certainty {

    /** Merged automatically: every member is a spelling of the same organization (or the group has one member). */
    SAME,

    /** May be one organization: staff merge the members or keep them apart. */
    POSSIBLE;

    /** The word used in JSON: {@code same} or {@code possible}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
