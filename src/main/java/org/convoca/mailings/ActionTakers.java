package org.convoca.mailings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What another module tells segments about the people who took one of its actions ("signed this petition"), so
 * that a segment can select them while that module alone knows its tables. A module publishes one bean for each
 * {@link Segment.Kind} it answers.
 */
public interface ActionTakers {

    /** An action staff can pick in the segment builder. */
    record Action(UUID id, String name) {
    }

    Segment.Kind kind();

    /** The workspace's actions, newest first, at most {@code limit}. */
    List<Action> actions(UUID workspaceId, int limit);

    Optional<Action> find(UUID workspaceId, UUID actionId);

    /**
     * A condition on {@code people p} that holds when the person took the action. It takes exactly two parameters,
     * the workspace's id and then the action's id, and must stay fast at a million people (an EXISTS on an index
     * that starts with the action's id).
     */
    String tookIt();
}
