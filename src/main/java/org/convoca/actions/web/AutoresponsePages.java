package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Autoresponses;
import org.convoca.actions.InvalidPetitionException;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The confirmation-email page that forms, sign-on letters and letter campaigns share: the same texts, rules and
 * audit entry, so each kind of action only says which action it is and where its page lives.
 */
@Component
public class AutoresponsePages {

    /**
     * One action as the page needs it.
     *
     * @param path the action's staff page, where saving returns to
     * @param area the audit log's prefix for the kind of action, such as {@code forms}
     */
    public record Action(UUID workspaceId, UUID id, String title, String path, String area) {
    }

    private final Autoresponses autoresponses;
    private final MessageSource messages;
    private final AuditLog audit;

    AutoresponsePages(Autoresponses autoresponses, MessageSource messages, AuditLog audit) {
        this.autoresponses = autoresponses;
        this.messages = messages;
        this.audit = audit;
    }

    public String edit(Action action, Model model) {
        return page(model, action, AutoresponseForm.of(autoresponses.find(action.workspaceId(), action.id())),
                Map.of());
    }

    /** Saves what staff typed, or shows it again with what is wrong (422). */
    public String save(Staff staff, Action action, MultiValueMap<String, String> input, Model model, Locale locale,
            HttpServletResponse response) {
        AutoresponseForm typed = AutoresponseForm.from(input);
        try {
            autoresponses.save(action.workspaceId(), action.id(), typed.toAutoresponse());
        } catch (InvalidPetitionException e) {
            response.setStatus(422);
            return page(model, action, typed, AutoresponseForm.words(e.problems(), messages, locale));
        }
        audit.record(staff, action.area() + ".autoresponse", "Confirmation email " + (typed.enabled() ? "on" : "off")
                + " for \"" + action.title() + "\" (" + action.id() + ")");
        return "redirect:" + action.path() + "?saved=autoresponse";
    }

    private String page(Model model, Action action, AutoresponseForm typed, Map<String, String> problems) {
        model.addAttribute("title", action.title());
        model.addAttribute("back", action.path());
        model.addAttribute("form", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("sent", autoresponses.sent(action.workspaceId(), action.id()));
        return "actions/autoresponse";
    }
}
