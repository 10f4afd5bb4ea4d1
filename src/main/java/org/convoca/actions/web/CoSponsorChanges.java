package org.convoca.actions.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and removing co-sponsors (partner workspaces named by their web address name) the same way for forms,
 * sign-on letters and letter campaigns: the same refusals, the same audit entries, back to the action's page.
 */
@Component
public class CoSponsorChanges {

    /**
     * One action as these changes need it.
     *
     * @param path the action's staff page
     * @param area the message bundle's and the audit log's prefix for the kind of action, such as {@code forms}
     */
    public record Action(UUID id, String title, String path, String area) {
    }

    /** Records a partner as co-sponsor of an action, such as {@code ActionCoSponsors::add}. */
    @FunctionalInterface
    public interface Adding {
        void add(UUID workspaceId, UUID actionId, UUID partnerId);
    }

    /** Removes a co-sponsor, saying whether it was one. */
    @FunctionalInterface
    public interface Removing {
        boolean remove(UUID workspaceId, UUID actionId, UUID partnerId);
    }

    private final Workspaces workspaces;
    private final MessageSource messages;
    private final AuditLog audit;

    CoSponsorChanges(Workspaces workspaces, MessageSource messages, AuditLog audit) {
        this.workspaces = workspaces;
        this.messages = messages;
        this.audit = audit;
    }

    public String add(Staff staff, Action action, String slug, Adding partners, Locale locale,
            RedirectAttributes redirect) {
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Workspace> partner = Workspaces.isValidSlug(wanted) ? workspaces.findBySlug(wanted)
                : Optional.empty();
        if (partner.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("actions.cosponsors.unknown",
                    new Object[] {PetitionLimits.clean(slug.length() > 80 ? slug.substring(0, 80) : slug)}, locale));
        } else if (partner.get().id().equals(staff.workspaceId())) {
            redirect.addFlashAttribute("problem", messages.getMessage(action.area() + ".cosponsors.self", null,
                    locale));
        } else {
            partners.add(staff.workspaceId(), action.id(), partner.get().id());
            audit.record(staff, action.area() + ".cosponsor.add", partner.get().name() + " (" + partner.get().slug()
                    + ") co-sponsors \"" + action.title() + "\" (" + action.id() + ")");
        }
        return "redirect:" + action.path() + "#cosponsors";
    }

    public String remove(Staff staff, Action action, UUID partnerId, Removing partners) {
        if (partners.remove(staff.workspaceId(), action.id(), partnerId)) {
            audit.record(staff, action.area() + ".cosponsor.remove", partnerId + " no longer co-sponsors \""
                    + action.title() + "\" (" + action.id() + ")");
        }
        return "redirect:" + action.path() + "#cosponsors";
    }
}
