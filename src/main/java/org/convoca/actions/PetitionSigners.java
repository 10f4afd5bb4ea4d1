package org.convoca.actions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mailings.ActionTakers;
import org.convoca.mailings.Segment;
import org.springframework.stereotype.Component;

/** Lets segments select the people who signed a petition, through the signatures' (petition, person) index. */
@Component
class PetitionSigners implements ActionTakers {

    private final Petitions petitions;

    PetitionSigners(Petitions petitions) {
        this.petitions = petitions;
    }

    @Override
    public Segment.Kind kind() {
        return Segment.Kind.SIGNED_PETITION;
    }

    @Override
    public List<Action> actions(UUID workspaceId, int limit) {
        return petitions.newest(workspaceId, 0, limit).stream().map(PetitionSigners::action).toList();
    }

    @Override
    public Optional<Action> find(UUID workspaceId, UUID actionId) {
        return petitions.find(workspaceId, actionId).map(PetitionSigners::action);
    }

    @Override
    public String tookIt() {
        return "EXISTS (SELECT 1 FROM signatures s WHERE s.person_id = p.id AND s.workspace_id = ? "
                + "AND s.petition_id = ?)";
    }

    private static Action action(Petition p) {
        return new Action(p.id(), p.title().isBlank() ? p.slug() : p.title());
    }
}
