package org.convoca.mailings;

import java.util.List;
import java.util.UUID;

/**
 * Whom a mailing is for: everyone subscribed, or the people in any of the included lists, tags and segments;
 * minus anyone in an excluded one. Whatever it says, only subscribed addresses ever receive a mailing.
 */
public record Audience(boolean everyone, List<Target> targets) {

    public static final int MAX_TARGETS = 100;
    public static final Audience NOBODY = new Audience(false, List.of());

    public enum Kind { LIST, TAG, SEGMENT }

    public record Target(Kind kind, UUID id, boolean excluded) {
    }

    public Audience {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public boolean isEmpty() {
        return !everyone && targets.stream().noneMatch(t -> !t.excluded());
    }

    public List<UUID> ids(Kind kind, boolean excluded) {
        return targets.stream().filter(t -> t.kind() == kind && t.excluded() == excluded).map(Target::id).toList();
    }
}
