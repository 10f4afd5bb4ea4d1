package org.convoca.actions.signon;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convoca.people.Organization;
import org.convoca.people.Organizations;
import org.springframework.stereotype.Component;

/**
 * Keeps the workspace's organizations in step with who signs its letters: a signing organization is found among
 * them when the engine says its name is the same as one they have (name or alias), else added, and its contact
 * person becomes one of its contacts. What staff already recorded about an organization is never overwritten.
 */
@Component
class CrmOrganizations {

    private static final int SEARCHED = 50;

    private final Organizations organizations;

    CrmOrganizations(Organizations organizations) {
        this.organizations = organizations;
    }

    Optional<UUID> findOrAdd(UUID workspaceId, SignOn.OrgDetails o) {
        String name = OrgMatching.display(o.name());
        // Search by the longest word alone: the whole name would miss "Dream Coalition" for "The Dream Coalition, Inc."
        String word = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).max(Comparator.comparingInt(String::length))
                .orElse(name);
        List<Organization> near = organizations.page(workspaceId, word, 0, SEARCHED);
        for (Organization known : near) {
            List<String> names = Arrays.stream((known.name() + "\n" + known.aliases()).split("\n"))
                    .map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (names.stream().anyMatch(n -> OrgMatching.against(name, List.of(n)).orElse(null) == Certainty.SAME)) {
                return Optional.of(known.id());
            }
        }
        Organization draft = new Organization(null, null, name, "", o.website(), o.locality(), o.region(), "",
                o.scope(), null, null);
        if (!draft.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(organizations.create(workspaceId, draft).id());
    }

    void addContact(UUID workspaceId, UUID organizationId, UUID personId) {
        organizations.addContact(workspaceId, organizationId, personId);
    }
}
